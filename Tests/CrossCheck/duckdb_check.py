#!/usr/bin/env python3
"""Independent cross-check of Siyu's core KPIs against the same definitions written in SQL and run by DuckDB.

Usage: python3 Tests/CrossCheck/duckdb_check.py SIYU_BINARY [--scale 1]
Generates a sample project (100,000 contacts at scale 1), runs `siyu kpis --format json`, runs Benchmarks/kpis.sql,
and compares pool, commerce, repurchase A, cost per add, dead groups, RFM segment sizes and the relationship
retention matrix. Exits 1 on any disagreement.
"""
import argparse, datetime, json, pathlib, subprocess, sys, tempfile

import duckdb

ROOT = pathlib.Path(__file__).resolve().parents[2]


def month_start(label):
    year, month = map(int, label.split("-"))
    return datetime.datetime(year, month, 1)


def add_months(moment, count):
    index = moment.year * 12 + moment.month - 1 + count
    return datetime.datetime(index // 12, index % 12 + 1, 1)


def sql_for(project, period, as_of, private):
    start = month_start(period)
    end = add_months(start, 1)
    fill = {
        "data": str(project / "Content" / "data"), "start": start, "end": end, "prev_start": add_months(start, -1),
        "window_start": end - datetime.timedelta(days=90), "dead_start": end - datetime.timedelta(days=14),
        "cohort_start": add_months(start, -11), "as_of": as_of,
        "private": "(" + ", ".join("'" + channel + "'" for channel in private) + ")",
    }
    text = (ROOT / "Benchmarks" / "kpis.sql").read_text(encoding="utf-8")
    for key, value in fill.items():
        text = text.replace("{" + key + "}", str(value))
    return text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("siyu")
    parser.add_argument("--scale", default="1")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        project = pathlib.Path(folder) / "project"
        subprocess.run([args.siyu, "sample", "--scale", args.scale, "--out", str(project), "--quiet"], check=True)
        siyu = json.loads(subprocess.run([args.siyu, "kpis", "--format", "json", "--project", str(project)],
                                         check=True, capture_output=True, text=True).stdout)
        # As-of is the day after the newest data; the sample ends on 2025-11-30.
        as_of = datetime.datetime(2025, 12, 1)
        private = ["小程序", "企业微信", "社群"]
        connection = duckdb.connect()
        connection.execute(sql_for(project, siyu["period"], as_of, private))

        failures = []
        def same(name, expected, actual, tolerance=1e-6, absolute=0.0):
            if expected is None or actual is None:
                ok = expected is None and actual is None
            else:
                difference = abs(float(expected) - float(actual))
                ok = difference <= tolerance * max(1.0, abs(float(expected))) or difference <= absolute
            if not ok:
                failures.append(f"{name}: duckdb {expected} != siyu {actual}")

        checked = 0
        for kpi, value in connection.execute("SELECT kpi, value FROM result ORDER BY kpi").fetchall():
            # Siyu publishes money rounded to the fen.
            money = siyu["kpis"][kpi]["unit"] == "money"
            same(kpi, value, siyu["kpis"][kpi]["value"], tolerance=1e-6, absolute=0.005 if money else 0.0)
            checked += 1
        segments = {row["segment"]: row["customers"] for row in siyu["tables"]["rfm_segments"]}
        for segment, customers in connection.execute("SELECT segment, customers FROM rfm").fetchall():
            same("rfm " + segment, customers, segments.get(segment))
            checked += 1
        matrix = {row["cohort"]: row for row in siyu["tables"]["cohort_relationship"]}
        first = add_months(month_start(siyu["period"]), -11)
        for cohort, k, share in connection.execute("SELECT cohort, k, share FROM retention ORDER BY cohort, k").fetchall():
            label = add_months(first, cohort).strftime("%Y-%m")
            same(f"retention {label} +{k}", share, matrix[label][f"k{k}"])
            checked += 1
        print(f"{checked} passed, {len(failures)} failed")
        for failure in failures:
            print("  " + failure)
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
