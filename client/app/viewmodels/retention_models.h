#pragma once

// The tables of the Retention tab (admins): the retention policies (which office and kind of
// hearing, how long it is kept, when it was last set) and the legal holds (the hearing, why,
// who placed it and when, and whether and why it was released). Names are shown for the ids the
// view model can name (offices, users); the others as they are.

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <vector>

#include "audientia/v1/retention.pb.h"

namespace audientia::gui {

class RetentionPolicyModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { kOfficeColumn = 0, kKindColumn, kDaysColumn, kUpdatedColumn, kColumnCount };
  enum Role { PolicyIdRole = Qt::UserRole + 1 };

  explicit RetentionPolicyModel(QObject* parent = nullptr);
  void setPolicies(std::vector<v1::RetentionPolicy> policies, QHash<QString, QString> offices);
  const v1::RetentionPolicy* policyAt(int row) const;
  // "365 days (1 year)", "30 days".
  static QString keepText(int days);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  std::vector<v1::RetentionPolicy> policies_;
  QHash<QString, QString> offices_;
};

class LegalHoldModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { kHearingColumn = 0, kReasonColumn, kPlacedColumn, kStateColumn, kColumnCount };
  enum Role { HearingIdRole = Qt::UserRole + 1, ActiveRole };

  explicit LegalHoldModel(QObject* parent = nullptr);
  void setHolds(std::vector<v1::LegalHold> holds, QHash<QString, QString> users);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  QString userName(const std::string& id) const;

  std::vector<v1::LegalHold> holds_;
  QHash<QString, QString> users_;
};

}  // namespace audientia::gui
