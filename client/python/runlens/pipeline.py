"""Describe a pipeline so that Runlens draws its diagram and keeps it up to date.

    import runlens
    from runlens.pipeline import describe_pipeline

    with runlens.start_run(experiment="digits", name="nightly") as parent:
        describe_pipeline(parent, [
            {"name": "ingest", "kind": "data-source"},
            {"name": "features", "kind": "feature-engineering", "after": ["ingest"]},
            {"name": "train", "kind": "training", "after": ["features"]},
            {"name": "evaluate", "after": ["train"]},          # kind guessed from the name
        ])
        with parent.child("train") as step:
            ...

The description is the parent run's tag ``runlens.pipeline`` (docs/diagram-format.md in
the repository); each step is implemented by the child run of the same name. Runlens
turns the tag into a diagram whose nodes are bound to the steps and updates it when the
tag changes, keeping the user's layout. Standard library only.
"""

import json

from . import _validate

PIPELINE_TAG = "runlens.pipeline"
MAX_STEPS = 1000
MAX_TITLE_BYTES = 64 * 1024
STEP_KINDS = (
    "data-source", "validation", "feature-engineering", "training", "evaluation",
    "model-registry", "deployment", "monitoring", "step", "note", "group",
)

__all__ = ["describe_pipeline", "pipeline_tag_value", "PIPELINE_TAG", "STEP_KINDS"]


def describe_pipeline(run, steps):
    """Set the parent run's ``runlens.pipeline`` tag from steps; return the tag value.

    steps: a list whose items are a step name (str) or a dict with
      name  -- the name of the child run that implements the step (required),
      kind  -- one of STEP_KINDS; omitted or None to let Runlens guess from the name,
      after -- names of the steps it depends on (a list, or one name),
      title -- text shown on the node; omitted to show the name.
    Raises ValueError for empty or duplicate names, unknown kinds, dependencies on
    unknown steps or cycles; nothing is written then.
    """
    value = pipeline_tag_value(steps)
    run.set_tag(PIPELINE_TAG, value)
    return value


def pipeline_tag_value(steps):
    """The JSON text describe_pipeline stores, after checking every step."""
    try:
        items = list(steps)
    except TypeError:
        raise ValueError("steps must be a list of step names or dicts") from None
    if not items:
        raise ValueError("a pipeline needs at least one step")
    if len(items) > MAX_STEPS:
        raise ValueError(f"a pipeline has at most {MAX_STEPS} steps, not {len(items)}")
    normalised = [_step(i, item) for i, item in enumerate(items)]
    _check_references(normalised)
    # Compact, keys in a fixed order, UTF-8 kept: the same text the C++ client writes.
    return json.dumps({"steps": normalised}, ensure_ascii=False, separators=(",", ":"))


def _step(index, item):
    where = f"steps[{index}]"
    if isinstance(item, (str, bytes)):
        item = {"name": item}
    if not isinstance(item, dict):
        raise ValueError(f"{where} must be a step name or a dict, not {type(item).__name__}")
    unknown = set(item) - {"name", "kind", "after", "title"}
    if unknown:
        raise ValueError(f"{where} has unknown field(s): {', '.join(sorted(map(str, unknown)))}")
    if "name" not in item:
        raise ValueError(f"{where} needs a name")
    step = {"name": _validate.key(item["name"], f"{where}.name")}
    kind = item.get("kind")
    if kind not in (None, ""):
        if kind not in STEP_KINDS:
            raise ValueError(f"{where}.kind {kind!r} is not one of: {', '.join(STEP_KINDS)}")
        step["kind"] = kind
    after = item.get("after", [])
    if isinstance(after, (str, bytes)):
        after = [after]
    if not isinstance(after, (list, tuple)):
        raise ValueError(f"{where}.after must be a list of step names")
    step["after"] = [_validate.key(a, f"{where}.after[{k}]") for k, a in enumerate(after)]
    title = item.get("title")
    if title not in (None, ""):
        title = _validate._as_text(f"{where}.title", title)
        if len(title.encode("utf-8")) > MAX_TITLE_BYTES:
            raise ValueError(f"{where}.title is longer than {MAX_TITLE_BYTES} bytes")
        step["title"] = title
    return step


def _check_references(steps):
    index = {}
    for i, step in enumerate(steps):
        if step["name"] in index:
            raise ValueError(f"steps[{i}].name: duplicate step name {step['name']!r}")
        index[step["name"]] = i
    waiting = [0] * len(steps)
    following = [[] for _ in steps]
    for i, step in enumerate(steps):
        for k, name in enumerate(step["after"]):
            if name not in index:
                raise ValueError(f"steps[{i}].after[{k}]: no step named {name!r}")
            if name == step["name"]:
                raise ValueError(f"steps[{i}].after[{k}]: a step cannot come after itself")
            waiting[i] += 1
            following[index[name]].append(i)
    # Kahn's algorithm: steps still waiting afterwards sit on a cycle.
    ready = [i for i, n in enumerate(waiting) if n == 0]
    while ready:
        for j in following[ready.pop()]:
            waiting[j] -= 1
            if waiting[j] == 0:
                ready.append(j)
    for i, n in enumerate(waiting):
        if n:
            raise ValueError(f"steps[{i}].after: the steps form a cycle through {steps[i]['name']!r}")
