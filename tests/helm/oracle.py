"""Ask real Helm 4 what it does with values files: the test oracle.

Reads a JSON list of jobs on stdin, each `{"id": str, "chart": path to a
chart .tgz, "values": values-file text, "release": release name}`, and writes one JSON object per job
on stdout, in order, one per line:

    {"id": ..., "verdict": "rendered" | "schema" | "template" | "parse",
     "message": str}

`parse`: Helm's YAML reader refused the text; `schema`: the merged values
failed the values schema of the chart or of a subchart; `template`: a
template failed (`fail`, `required`, a type error). The message is Helm's.

Run it with the Python of the venv that `.ci/run` makes (target/helm-venv);
the caller's working directory must not be the package folder (the package
has a `logging.py` that hides the standard module there).
"""

import json
import sys

import helm_python as helm


def verdict(charts, job):
    try:
        values = helm.values_from_yaml(job["values"])
    except helm.HelmError as err:
        return "parse", str(err)
    chart = charts.get(job["chart"])
    if chart is None:
        chart = helm.Chart.load(job["chart"])
        charts[job["chart"]] = chart
    try:
        chart.render(values, name=job["release"], namespace="airflow")
    except helm.HelmValuesError as err:
        return "schema", str(err)
    except helm.HelmError as err:
        return "template", str(err)
    return "rendered", ""


def main():
    helm.disable_logging()
    jobs = json.load(sys.stdin)
    charts = {}
    for job in jobs:
        kind, message = verdict(charts, job)
        out = {"id": job["id"], "verdict": kind, "message": message}
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
