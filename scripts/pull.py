"""Pull the pinned Venice spec into spec/cache/ (`make pull`), or move the pin (`--update-pin`).

Usage:
  python scripts/pull.py                      # pinned spec from the mirror or the pinned URL
  python scripts/pull.py --from URL_OR_PATH   # same pin, explicit source (hash still verified)
  python scripts/pull.py --update-pin URL_OR_PATH   # pin a new spec: rewrites spec/lock.json

The pinned URL must be readable on every machine: a URL, or a local file the mirror manifest
(spec/mirror.tsv) lists, which is pinned by its upstream URL. Another local path is refused unless
--allow-local-pin (a local trial: do not commit that lock).
"""

from __future__ import annotations

import argparse
import sys

from pipeline.pull import LOCAL_PIN_FLAG, Lock, pull, update_pin
from pipeline.specio import SpecError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--from", dest="source", help="URL or path to read the pinned spec from")
    group.add_argument("--update-pin", metavar="URL_OR_PATH", help="pin the spec at this URL or path")
    parser.add_argument(
        LOCAL_PIN_FLAG,
        action="store_true",
        help="with --update-pin: pin a local file the mirror manifest does not list (not for a commit)",
    )
    args = parser.parse_args(argv)
    try:
        if args.update_pin:
            lock = update_pin(args.update_pin, allow_local=args.allow_local_pin)
            print(f"pinned info.version {lock.info_version}, sha256 {lock.sha256} ({lock.pinned_url})")
        else:
            path = pull(Lock.read(), source=args.source)
            print(f"spec cached at {path}")
    except SpecError as exc:
        print(f"pull: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
