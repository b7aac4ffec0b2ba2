#include "viewmodels/office_tree_model.h"

#include <QBrush>
#include <QColor>
#include <QStringList>
#include <algorithm>
#include <utility>

#include "viewmodels/formatting.h"

namespace audientia::gui {

OfficeTreeModel::OfficeTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

OfficeTreeModel::~OfficeTreeModel() = default;

void OfficeTreeModel::setOffices(std::vector<v1::Office> offices) {
  beginResetModel();
  root_.children.clear();
  nodes_.clear();
  for (v1::Office& office : offices) {
    auto node = std::make_unique<Node>();
    node->office = std::move(office);
    std::string id = node->office.id();
    nodes_[id] = std::move(node);
  }
  std::vector<Node*> ordered;
  ordered.reserve(nodes_.size());
  for (auto& [id, node] : nodes_) ordered.push_back(node.get());
  std::sort(ordered.begin(), ordered.end(), [](const Node* a, const Node* b) {
    const int byName = QString::localeAwareCompare(QString::fromStdString(a->office.name()),
                                                   QString::fromStdString(b->office.name()));
    return byName != 0 ? byName < 0 : a->office.id() < b->office.id();
  });
  // Link in name order; a parent that is not listed leaves the office at the top.
  for (Node* node : ordered) {
    Node* parent = parentFor(node->office.parent_id());
    // Refuse cycles in what the server sent: such an office is shown at the top level.
    for (const Node* up = parent; up != &root_ && up != nullptr; up = up->parent) {
      if (up == node) {
        parent = &root_;
        break;
      }
    }
    node->parent = parent;
    parent->children.push_back(node);
  }
  endResetModel();
}

void OfficeTreeModel::clear() {
  setOffices({});
}

bool OfficeTreeModel::upsertOffice(const v1::Office& office) {
  Node* node = find(office.id());
  Node* newParent = parentFor(office.parent_id());
  if (node == nullptr) {
    auto created = std::make_unique<Node>();
    created->office = office;
    created->parent = newParent;
    const int row = static_cast<int>(newParent->children.size());
    beginInsertRows(indexOfNode(newParent), row, row);
    newParent->children.push_back(created.get());
    nodes_[office.id()] = std::move(created);
    endInsertRows();
    return true;
  }
  if (newParent != node->parent) {
    for (const Node* up = newParent; up != &root_; up = up->parent) {
      if (up == node) return false;
    }
    const int from = rowOf(node);
    const int to = static_cast<int>(newParent->children.size());
    if (!beginMoveRows(indexOfNode(node->parent), from, from, indexOfNode(newParent), to)) {
      return false;
    }
    auto& siblings = node->parent->children;
    siblings.erase(siblings.begin() + from);
    newParent->children.push_back(node);
    node->parent = newParent;
    node->office = office;
    endMoveRows();
  } else {
    node->office = office;
  }
  emit dataChanged(indexOfNode(node, 0), indexOfNode(node, kColumnCount - 1));
  return true;
}

const v1::Office* OfficeTreeModel::office(const QString& officeId) const {
  const Node* node = find(officeId.toStdString());
  return node != nullptr ? &node->office : nullptr;
}

const v1::Office* OfficeTreeModel::officeAt(const QModelIndex& index) const {
  const Node* node = nodeOf(index);
  return node != nullptr && node != &root_ ? &node->office : nullptr;
}

std::optional<OfficeItem> OfficeTreeModel::officeItem(const QString& officeId) const {
  const v1::Office* listed = office(officeId);
  if (listed == nullptr) return std::nullopt;
  return OfficeItem{QString::fromStdString(listed->id()), QString::fromStdString(listed->name()),
                    QString::fromStdString(listed->parent_id()), listed->active()};
}

QModelIndex OfficeTreeModel::indexOf(const QString& officeId, int column) const {
  const Node* node = find(officeId.toStdString());
  return node != nullptr ? indexOfNode(node, column) : QModelIndex();
}

QString OfficeTreeModel::officeName(const QString& officeId) const {
  const v1::Office* listed = office(officeId);
  return listed != nullptr ? QString::fromStdString(listed->name()) : officeId;
}

QString OfficeTreeModel::officePath(const QString& officeId) const {
  QStringList names;
  for (const Node* node = find(officeId.toStdString()); node != nullptr && node != &root_;
       node = node->parent) {
    names.prepend(QString::fromStdString(node->office.name()));
  }
  return names.isEmpty() ? officeId : names.join(QStringLiteral(" / "));
}

bool OfficeTreeModel::isInSubtree(const QString& candidateId, const QString& officeId) const {
  const Node* top = find(officeId.toStdString());
  if (top == nullptr) return false;
  for (const Node* node = find(candidateId.toStdString()); node != nullptr && node != &root_;
       node = node->parent) {
    if (node == top) return true;
  }
  return false;
}

OfficeTreeModel::Node* OfficeTreeModel::nodeOf(const QModelIndex& index) const {
  if (!index.isValid()) return const_cast<Node*>(&root_);
  return static_cast<Node*>(index.internalPointer());
}

OfficeTreeModel::Node* OfficeTreeModel::find(const std::string& id) const {
  const auto it = nodes_.find(id);
  return it != nodes_.end() ? it->second.get() : nullptr;
}

OfficeTreeModel::Node* OfficeTreeModel::parentFor(const std::string& parentId) const {
  Node* parent = parentId.empty() ? nullptr : find(parentId);
  return parent != nullptr ? parent : const_cast<Node*>(&root_);
}

int OfficeTreeModel::rowOf(const Node* node) const {
  const auto& siblings = node->parent->children;
  const auto it = std::find(siblings.begin(), siblings.end(), node);
  return static_cast<int>(it - siblings.begin());
}

QModelIndex OfficeTreeModel::indexOfNode(const Node* node, int column) const {
  if (node == nullptr || node == &root_) return {};
  return createIndex(rowOf(node), column, const_cast<Node*>(node));
}

QModelIndex OfficeTreeModel::index(int row, int column, const QModelIndex& parent) const {
  if (!hasIndex(row, column, parent)) return {};
  const Node* parentNode = nodeOf(parent);
  return createIndex(row, column, parentNode->children[static_cast<std::size_t>(row)]);
}

QModelIndex OfficeTreeModel::parent(const QModelIndex& child) const {
  if (!child.isValid()) return {};
  return indexOfNode(nodeOf(child)->parent);
}

int OfficeTreeModel::rowCount(const QModelIndex& parent) const {
  if (parent.isValid() && parent.column() != 0) return 0;
  return static_cast<int>(nodeOf(parent)->children.size());
}

int OfficeTreeModel::columnCount(const QModelIndex&) const {
  return kColumnCount;
}

QVariant OfficeTreeModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  const v1::Office& office = nodeOf(index)->office;
  switch (role) {
    case Qt::DisplayRole:
      if (index.column() == kNameColumn) return QString::fromStdString(office.name());
      if (index.column() == kStateColumn) return office.active() ? tr("Active") : tr("Inactive");
      return {};
    case Qt::ToolTipRole:
      return tr("%1\ncreated %2")
          .arg(officePath(QString::fromStdString(office.id())),
               timestampText(office.created_at_unix_ms()));
    case Qt::ForegroundRole:
      if (!office.active()) return QBrush(QColor(0x80, 0x80, 0x80));
      return {};
    case OfficeIdRole:
      return QString::fromStdString(office.id());
    case ActiveRole:
      return office.active();
    case ParentIdRole:
      return QString::fromStdString(office.parent_id());
    default:
      return {};
  }
}

QVariant OfficeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
    return QAbstractItemModel::headerData(section, orientation, role);
  }
  if (section == kNameColumn) return tr("Office");
  if (section == kStateColumn) return tr("State");
  return {};
}

QHash<int, QByteArray> OfficeTreeModel::roleNames() const {
  QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
  names.insert(OfficeIdRole, "officeId");
  names.insert(ActiveRole, "active");
  names.insert(ParentIdRole, "parentId");
  return names;
}

}  // namespace audientia::gui
