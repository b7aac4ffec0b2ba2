#pragma once

// The office tree (national office -> regional -> local) built from ListOffices by parent_id.
// Columns: name, state ("Active" / "Inactive"). An office whose parent is not listed (an admin
// who sees only a subtree) is shown at the top level. Siblings are ordered by name when the tree
// is loaded; later changes (add, rename, move, deactivate) update rows in place, with the
// matching insert / dataChanged / move signals, so that selection and expansion survive them.

#include <QAbstractItemModel>
#include <QString>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "audientia/v1/offices.pb.h"

namespace audientia::gui {

// An office as the views see it.
struct OfficeItem {
  QString id;
  QString name;
  QString parentId;  // empty for a top-level office
  bool active = false;
};

class OfficeTreeModel : public QAbstractItemModel {
  Q_OBJECT

 public:
  enum Column { kNameColumn = 0, kStateColumn, kColumnCount };
  enum Role { OfficeIdRole = Qt::UserRole + 1, ActiveRole, ParentIdRole };

  explicit OfficeTreeModel(QObject* parent = nullptr);
  ~OfficeTreeModel() override;

  // Replaces the whole tree (a model reset).
  void setOffices(std::vector<v1::Office> offices);
  void clear();
  // Adds a new office, or updates a listed one (name, state, parent: a changed parent moves its
  // row with the subtree). Returns false (and changes nothing) for an office that would become
  // its own ancestor.
  bool upsertOffice(const v1::Office& office);

  const v1::Office* office(const QString& officeId) const;
  const v1::Office* officeAt(const QModelIndex& index) const;
  // office() for the views; empty when the id is not listed.
  std::optional<OfficeItem> officeItem(const QString& officeId) const;
  // Invalid when the id is not listed.
  QModelIndex indexOf(const QString& officeId, int column = 0) const;
  // The office's name, or the id itself when it is not listed.
  QString officeName(const QString& officeId) const;
  // "Head office / North region / Town office".
  QString officePath(const QString& officeId) const;
  // True when candidateId is officeId or lies beneath it.
  bool isInSubtree(const QString& candidateId, const QString& officeId) const;
  int officeCount() const { return static_cast<int>(nodes_.size()); }

  QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

 private:
  struct Node {
    v1::Office office;
    Node* parent = nullptr;  // the invisible root for top-level offices
    std::vector<Node*> children;
  };

  Node* nodeOf(const QModelIndex& index) const;
  Node* find(const std::string& id) const;
  QModelIndex indexOfNode(const Node* node, int column = 0) const;
  int rowOf(const Node* node) const;
  // Where an office with this parent id hangs: the listed parent, else the invisible root.
  Node* parentFor(const std::string& parentId) const;

  Node root_;
  std::unordered_map<std::string, std::unique_ptr<Node>> nodes_;
};

}  // namespace audientia::gui
