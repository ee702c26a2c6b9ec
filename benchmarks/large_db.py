"""Generate a large database (default 500 units, 10 000 measurements) for history benchmarks.

    .venv/bin/python benchmarks/large_db.py OUT.sqlite [--units 500] [--reviews 10000]
"""

from __future__ import annotations

import argparse
import random
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fidelity_app import paths  # noqa: E402
from fidelity_app.domain.review import now  # noqa: E402
from fidelity_app.domain.scale_library import ScaleLibrary  # noqa: E402
from fidelity_app.storage.database import open_database  # noqa: E402


def build(path: Path, units: int = 500, reviews: int = 10_000, seed: int = 1) -> None:
    """Write `reviews` finished measurements spread over `units` units, each with two reviewers
    and 25 consensus ratings, in one transaction (bulk inserts, not the per-edit code path)."""
    scale = ScaleLibrary.from_folders([paths.shipped_scales_dir()]).latest("ips25")
    rng = random.Random(seed)
    db = open_database(path)
    stamp = now()
    unit_rows = [{"id": str(uuid.UUID(int=rng.getrandbits(128))), "name": f"Enhet {n:03d} Åby",
                  "organisation": f"Region {n % 21:02d}", "created_at": stamp, "updated_at": stamp}
                 for n in range(units)]
    review_rows, reviewer_rows, rating_rows = [], [], []
    for n in range(reviews):
        unit = unit_rows[n % units]
        year, month = 2010 + (n // units) % 16, 1 + n % 12
        review_id = str(uuid.UUID(int=rng.getrandbits(128)))
        review_rows.append({"id": review_id, "unit_id": unit["id"], "scale_id": scale.id,
                            "scale_edition": scale.edition, "visit_start": f"{year}-{month:02d}-10",
                            "visit_end": f"{year}-{month:02d}-11", "status": "finished",
                            "strength_min": None, "development_max": None,
                            "created_at": stamp, "updated_at": stamp})
        for position, name in enumerate(("Bedömare Ä", "Bedömare Ö")):
            reviewer_rows.append({"id": str(uuid.UUID(int=rng.getrandbits(128))), "review_id": review_id,
                                  "name": name, "role": "lead" if position == 0 else "co",
                                  "position": position})
        level = rng.uniform(2, 5)
        for item in scale.items:
            rating_rows.append({"id": str(uuid.UUID(int=rng.getrandbits(128))), "review_id": review_id,
                                "item_id": item.id, "reviewer_id": None,
                                "score": max(1, min(5, round(level + rng.gauss(0, 0.7)))),
                                "rationale": "", "updated_at": stamp})
    with db.atomic():
        db["units"].insert_all(unit_rows, batch_size=1000)
        db["reviews"].insert_all(review_rows, batch_size=1000)
        db["reviewers"].insert_all(reviewer_rows, batch_size=1000)
        db["ratings"].insert_all(rating_rows, batch_size=2000)
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--reviews", type=int, default=10_000)
    args = parser.parse_args()
    if args.out.exists():
        sys.exit(f"{args.out} exists; choose a new file")
    build(args.out, args.units, args.reviews)
    print(f"{args.reviews} measurements across {args.units} units written to {args.out}")


if __name__ == "__main__":
    main()
