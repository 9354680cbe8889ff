"""`almanac run` that kills itself with SIGKILL at one chosen point, for tests/test_fault_injection.py.

    python -m tests.fault_run POINT N ARGS...      (ARGS as for `almanac run`)

POINT is where and N which time it is reached: `commit` right after the N-th partition is committed to the
manifest (a kill mid-run); `write` at the N-th rename of a temp file (parts, chunks, `_tables.json`, the
`tables` link), with the temp file cut to half its size first (a kill mid-write); `publish` the same,
counting only the renames while the tables are published (a kill in the rebuild, up to the switch). Nothing is mocked past
that point: the process dies as it would by `kill -9`, with whatever it left on disk.
"""
from __future__ import annotations

import os
import signal
import sys


def kill() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    point, nth, args = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    reached = 0

    def reach() -> bool:
        nonlocal reached
        reached += 1
        return reached == nth

    if point == "commit":
        from pipeline.runs.manifest import Manifest

        real_record = Manifest.record

        def record(self, *arguments, **options):
            real_record(self, *arguments, **options)
            if reach():
                kill()

        Manifest.record = record
    elif point in ("write", "publish"):
        import pipeline.runs.run as run_module

        real_replace, real_consolidate = os.replace, run_module.consolidate
        publishing = False

        def consolidate(*arguments, **options):
            nonlocal publishing
            publishing = True
            return real_consolidate(*arguments, **options)

        def replace(source, target, *arguments, **options):
            if str(source).endswith(".tmp") and (point == "write" or publishing) and reach():
                if os.path.isfile(source) and not os.path.islink(source):
                    os.truncate(source, os.path.getsize(source) // 2)
                kill()
            return real_replace(source, target, *arguments, **options)

        os.replace = replace
        run_module.consolidate = consolidate
    else:
        raise SystemExit(f"unknown point {point!r}")
    from pipeline.cli import app

    sys.argv = ["almanac", "run", *args]
    app()


if __name__ == "__main__":
    main()
