"""The installed Qt binding keeps Python's reference counts: a long site visit must not abort it."""

from __future__ import annotations

import os
import subprocess
import sys

# PySide6-Essentials 6.12.0 on Python 3.11 lost a reference to True on every Signal.emit()
# and to None on every slot call, and the interpreter aborted after about a thousand.
PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Probe(QObject):
    changed = Signal()
probe = Probe()
probe.changed.connect(lambda: None)
before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(20000):
    probe.changed.emit()
after = sys.getrefcount(None), sys.getrefcount(True)
print(before[0] - after[0], before[1] - after[1])
"""


def test_signals_and_slots_do_not_leak_references():
    """20 000 signal emissions into a Python slot leave the counts of None and True unchanged."""
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, f"the Qt binding aborted Python: {result.stderr[-500:]}"
    assert result.stdout.split() == ["0", "0"], result.stdout
