#!/usr/bin/env python3
"""Siyu's benchmark harness: Siyu and its peers on the same inputs, in the same run.

    python3 Benchmarks/run.py [--runs 5] [--quick] [--results Benchmarks/RESULTS.md]

Builds Siyu in release mode, generates data at S=1 and S=10 and handbooks of N=1,000 and N=10,000 generated
playbooks, runs each job once to warm up and then `--runs` times, and reports the median with min–max of wall time,
CPU time (user + sys) and peak RSS (from /usr/bin/time). Peers: DuckDB (the `duckdb` CLI from PyPI's duckdb-cli)
running Benchmarks/kpis.sql, which computes the core KPIs of `siyu kpis` from the same CSVs (Tests/CrossCheck
checks that both agree); Hugo (Debian's hugo) building the same Markdown with Benchmarks/hugo-site (sidebar, TOC,
prev/next, no highlighting). Prints the ratios Siyu/DuckDB and Siyu/Hugo and writes them to RESULTS.md.
"""
import argparse, datetime, os, pathlib, platform, shutil, statistics, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "Tests" / "CrossCheck"))
import duckdb_check  # noqa: E402  (reuses the placeholder filling of kpis.sql)


def measure(command, runs, cwd=None):
    """Runs `command` once to warm up and `runs` times; returns medians and ranges."""
    samples = []
    for attempt in range(runs + 1):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
            completed = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", timing.name] + command,
                                       cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if completed.returncode != 0:
                raise SystemExit(f"failed: {' '.join(command)}\n{completed.stderr[-2000:]}")
            wall, user, system, rss = timing.read().split()[-4:]
        if attempt > 0:
            samples.append((float(wall), float(user) + float(system), int(rss) / 1024))
    def column(i):
        values = [s[i] for s in samples]
        return statistics.median(values), min(values), max(values)
    return {"wall": column(0), "cpu": column(1), "rss": column(2)}


def fmt(result):
    wall, cpu, rss = result["wall"], result["cpu"], result["rss"]
    return (f"{wall[0]:.3f} s ({wall[1]:.3f}–{wall[2]:.3f}), cpu {cpu[0]:.3f} s, "
            f"peak RSS {rss[0]:.0f} MiB")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="S=1 and N=1,000 only")
    parser.add_argument("--results", default=str(ROOT / "Benchmarks" / "RESULTS.md"))
    args = parser.parse_args()

    for tool in ("duckdb", "hugo"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: pip install duckdb-cli; apt-get install hugo")
    subprocess.run(["swift", "build", "-c", "release", "--product", "siyu"], cwd=ROOT, check=True)
    siyu = str(ROOT / ".build" / "release" / "siyu")
    work = pathlib.Path(tempfile.mkdtemp(prefix="siyu-bench-"))
    lines = []

    def report(line):
        print(line, flush=True)
        lines.append(line)

    scales = ["1"] if args.quick else ["1", "10"]
    sizes = [1000] if args.quick else [1000, 10000]
    kpis, duck, builds, hugos = {}, {}, {}, {}

    for scale in scales:
        project = work / f"data-s{scale}"
        subprocess.run([siyu, "sample", "--scale", scale, "--out", str(project), "--quiet"], check=True)
        sql = work / f"kpis-s{scale}.sql"
        sql.write_text(duckdb_check.sql_for(project, "2025-11", datetime.datetime(2025, 12, 1), ["小程序", "企业微信", "社群"]),
                       encoding="utf-8")
        kpis[scale] = measure([siyu, "kpis", "--format", "json", "--project", str(project)], args.runs)
        duck[scale] = measure(["duckdb", "-c", f".read {sql}"], args.runs)
        report(f"S={scale}: siyu kpis {fmt(kpis[scale])}")
        report(f"S={scale}: duckdb    {fmt(duck[scale])}")
        report(f"S={scale}: ratio siyu/duckdb = {kpis[scale]['wall'][0] / duck[scale]['wall'][0]:.2f}")
        if scale == "1":
            # The whole site (dashboards, archive, search) of the S=1 data with the bundled handbook.
            shutil.copytree(ROOT / "Content" / "playbooks", project / "Content" / "playbooks", dirs_exist_ok=True)
            builds["site"] = measure([siyu, "build", "--quiet", "--project", str(project), "--out", str(work / "site-s1")], args.runs)
            report(f"S=1: siyu build (whole site) {fmt(builds['site'])}")
            report(f"S=1: ratio build/duckdb-kpis = {builds['site']['wall'][0] / duck[scale]['wall'][0]:.2f}")

    for size in sizes:
        project = work / f"handbook-{size}"
        subprocess.run([siyu, "sample", "--scale", "0.005", "--months", "6", "--playbooks", str(size),
                        "--out", str(project), "--quiet"], check=True)
        site = work / f"hugo-{size}"
        shutil.copytree(ROOT / "Benchmarks" / "hugo-site", site)
        shutil.copytree(project / "Content" / "playbooks", site / "content")
        builds[size] = measure([siyu, "build", "--quiet", "--project", str(project), "--out", str(work / f"out-{size}")], args.runs)
        hugos[size] = measure(["hugo", "--quiet", "-s", str(site), "-d", str(work / f"hugo-out-{size}")], args.runs)
        report(f"N={size}: siyu build {fmt(builds[size])}")
        report(f"N={size}: hugo       {fmt(hugos[size])}")
        report(f"N={size}: ratio siyu/hugo = {builds[size]['wall'][0] / hugos[size]['wall'][0]:.2f}")

    if not args.quick:
        report(f"growth: siyu kpis S=10/S=1 = {kpis['10']['wall'][0] / kpis['1']['wall'][0]:.2f}; "
               f"siyu build N=10,000/N=1,000 = {builds[10000]['wall'][0] / builds[1000]['wall'][0]:.2f}")

    header = [
        "# Benchmark results", "",
        f"- date: {datetime.date.today().isoformat()}",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        f"- command: `python3 Benchmarks/run.py --runs {args.runs}{' --quick' if args.quick else ''}`",
        f"- medians of {args.runs} runs after a warm-up, with min–max; CPU = user + sys; peak RSS from /usr/bin/time", "",
        "```",
    ]
    pathlib.Path(args.results).write_text("\n".join(header + lines + ["```", ""]), encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
