#pragma once

// Audit events as a table, in the order given (the server lists oldest first): sequence number,
// time, user, action, object (type and id), office, outcome in words, client address. The
// tooltip of a row has the event's details (JSON) and its hashes.

#include <QAbstractTableModel>
#include <QString>
#include <cstdint>
#include <vector>

#include "audientia/v1/audit.pb.h"

namespace audientia::gui {

class AuditEventModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    kSeqColumn = 0,
    kTimeColumn,
    kUserColumn,
    kActionColumn,
    kObjectColumn,
    kOfficeColumn,
    kOutcomeColumn,
    kAddressColumn,
    kColumnCount
  };
  enum Role { SeqRole = Qt::UserRole + 1, OutcomeRole };

  explicit AuditEventModel(QObject* parent = nullptr);

  void setEvents(std::vector<v1::AuditEvent> events);
  const v1::AuditEvent* eventAt(int row) const;

  // "Success", "Denied", "Failure" in the language installed.
  static QString outcomeName(v1::AuditOutcome outcome);
  // An event's number in the locale's digits, without group separators: "1234", "١٢٣٤".
  static QString seqText(std::int64_t seq);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  QVariant displayData(const v1::AuditEvent& event, int column) const;
  QString toolTip(const v1::AuditEvent& event) const;

  std::vector<v1::AuditEvent> events_;
};

}  // namespace audientia::gui
