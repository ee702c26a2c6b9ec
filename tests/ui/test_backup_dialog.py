"""Arkiv → Säkerhetskopior: backups listed with date, size and reviews; restore reopens the window."""

from __future__ import annotations

from fidelity_app.storage import repository
from fidelity_app.storage.backup import list_backups

from .conftest import make_review


def test_backup_now_lists_it_and_restore_brings_the_old_data_back(qtbot, open_window, db_path, scale):
    """'Säkerhetskopiera nu' adds a row; 'Återställ' after confirming reopens the backed-up data."""
    window = open_window(restore=False)
    make_review(window.db, scale, unit="IPS Förevik")
    window.show_home()
    window.backups_action.trigger()
    dialog = window.backup_dialog
    qtbot.waitExposed(dialog)
    assert dialog.tree.topLevelItemCount() == 0
    dialog.backup_button.click()
    row = dialog.tree.topLevelItem(0)
    assert [row.text(2), row.text(3), row.text(4)] == ["1", "manuellt", "OK"] and row.text(1)
    make_review(window.db, scale, unit="IPS Eftervik")  # made after the backup
    assert len(repository.list_reviews(window.db)) == 2
    dialog.restore_button.click()
    box = dialog.confirm
    qtbot.waitExposed(box)
    [restore] = [b for b in box.buttons() if b.text() == "Återställ"]
    with qtbot.waitSignal(box.finished):
        restore.click()
    assert [u.name for u in repository.list_units(window.db)] == ["IPS Förevik"]
    assert "Återställd" in dialog.info.text()
    kept = [p for p in db_path.parent.iterdir() if ".before-restore-" in p.name]
    assert kept, "the replaced file is kept beside the database"
    assert len(list_backups(db_path)) == 1
    dialog.close()


def test_cancelling_the_restore_changes_nothing(qtbot, open_window, db_path, scale):
    """'Avbryt' in the confirmation leaves the database as it was."""
    window = open_window(restore=False)
    make_review(window.db, scale)
    window.backups_action.trigger()
    dialog = window.backup_dialog
    dialog.backup_button.click()
    make_review(window.db, scale, unit="IPS Andra")
    dialog.restore_button.click()
    box = dialog.confirm
    with qtbot.waitSignal(box.finished):
        [b for b in box.buttons() if b.text() == "Avbryt"][0].click()
    assert len(repository.list_reviews(window.db)) == 2
    dialog.close()
