#pragma once

// The Audit trail tab (auditors): filters (user, action, object id, from and to dates), Apply
// (or Enter in a filter box), the events oldest first with "More events", and "Verify the chain"
// (Ctrl+Shift+V from anywhere in the window) with its result in green (intact) or red (broken).

#include <QWidget>

#include "viewmodels/audit_view_model.h"

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace audientia::gui {

class AuditWidget : public QWidget {
  Q_OBJECT

 public:
  explicit AuditWidget(AuditViewModel& viewModel, QWidget* parent = nullptr);

  QTableView* eventsView() const { return events_; }
  QLineEdit* userEdit() const { return user_; }
  QLineEdit* actionEdit() const { return action_; }
  QLineEdit* objectEdit() const { return object_; }
  QPushButton* verifyButton() const { return verify_; }
  QLabel* verifyLabel() const { return verifyResult_; }

 private:
  void apply();
  void showState();
  void showVerifyState();

  AuditViewModel& viewModel_;
  QLineEdit* user_ = nullptr;
  QLineEdit* action_ = nullptr;
  QLineEdit* object_ = nullptr;
  QCheckBox* useFrom_ = nullptr;
  QDateEdit* from_ = nullptr;
  QCheckBox* useTo_ = nullptr;
  QDateEdit* to_ = nullptr;
  QPushButton* apply_ = nullptr;
  QTableView* events_ = nullptr;
  QLabel* status_ = nullptr;
  QPushButton* more_ = nullptr;
  QPushButton* verify_ = nullptr;
  QLabel* verifyResult_ = nullptr;
};

}  // namespace audientia::gui
