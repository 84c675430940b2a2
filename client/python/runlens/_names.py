"""Default run names like 'brave-otter-417', derived from the run uuid.

Derived from the uuid instead of the random module so that naming a run never
consumes the user's seeded global random state.
"""

_ADJECTIVES = (
    "amber", "bold", "brave", "bright", "calm", "clever", "crisp", "daring", "eager",
    "fancy", "gentle", "glad", "golden", "happy", "jolly", "keen", "kind", "lively",
    "lucky", "merry", "mighty", "nimble", "noble", "proud", "quick", "quiet", "rapid",
    "shiny", "silent", "smart", "steady", "swift", "tidy", "vivid", "warm", "witty",
)
_NOUNS = (
    "badger", "bear", "crane", "dolphin", "eagle", "falcon", "ferret", "finch", "fox",
    "gecko", "hare", "heron", "ibis", "jaguar", "koala", "lemur", "lynx", "marten",
    "moose", "newt", "otter", "owl", "panda", "puffin", "quail", "raven", "robin",
    "seal", "shrew", "stoat", "swan", "tiger", "toad", "vole", "wolf", "yak",
)


def default_run_name(run_uuid):
    """Return '<adjective>-<noun>-<n>' picked from the bits of a hex uuid."""
    bits = int(run_uuid, 16)
    adjective = _ADJECTIVES[bits % len(_ADJECTIVES)]
    noun = _NOUNS[(bits >> 16) % len(_NOUNS)]
    number = (bits >> 32) % 1000
    return f"{adjective}-{noun}-{number}"
