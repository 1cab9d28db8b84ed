"""Pair the variants of two `oneOf`/`anyOf` unions, so that unions are compared variant by variant.

Variants are paired by the `$ref` name or title they were written with, then by shape (the pair sharing
the most identical facts, then enum values, then paths, among variants whose types overlap); a variant
left without a partner was added or removed. Where one side is a union and the other a plain schema, the
plain one is read as a union of one variant (`lift_unions`). `admits` says when one variant accepts every
value of another, which keeps a change inside a union from breaking callers. This module must not emit
changes or decide what breaks.
"""

from __future__ import annotations

from dataclasses import replace

from ._schema import ANY, Facts, Tree

# Keywords that describe a value without limiting which values are valid.
_NOT_LIMITING = frozenset({"default", "discriminator", "readOnly", "writeOnly", "xml"})
# Keywords of a plain schema that stay with the union, not its variant, when it is read as a union.
_UNION_KEYWORDS = frozenset({"default", "discriminator"})


def label(tree: Tree) -> str:
    """How a variant is named in locations: its `$ref` name or title, else its type (and `enum`)."""
    root = tree[""]
    if root.name:
        return root.name
    return " | ".join(sorted(root.types)) + (" enum" if root.enum is not None else "")


def pair_variants(
    old: tuple[Tree, ...], new: tuple[Tree, ...]
) -> tuple[list[tuple[Tree, Tree]], list[Tree], list[Tree]]:
    """(pairs of the same variant on both sides, variants only in `old`, variants only in `new`)."""
    names_old, names_new = _unique_labels(old), _unique_labels(new)
    named = names_old.keys() & names_new.keys()
    pairs = [(names_old[name], names_new[name]) for name in sorted(named)]
    left = [t for t in old if label(t) not in named]
    right = [t for t in new if label(t) not in named]
    candidates = [(i, j) for i, a in enumerate(left) for j, b in enumerate(right) if _overlap(a, b)]
    candidates.sort(key=lambda ij: (_negated(_similarity(left[ij[0]], right[ij[1]])), ij))
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    for i, j in candidates:  # most similar first; ties keep the spec's order
        if i not in taken_a and j not in taken_b:
            taken_a.add(i)
            taken_b.add(j)
            pairs.append((left[i], right[j]))
    removed = [a for i, a in enumerate(left) if i not in taken_a]
    added = [b for j, b in enumerate(right) if j not in taken_b]
    return pairs, removed, added


def pair_label(a: Tree, b: Tree) -> str:
    """A written name if only one side has one, else both labels: the same text whichever side is old,
    so that a diff and its reverse name the same places."""
    written = {t[""].name for t in (a, b) if t[""].name}
    return written.pop() if len(written) == 1 else " / ".join(sorted({label(a), label(b)}))


def admits(big: Tree, small: Tree) -> bool:
    """Whether `big` accepts every value `small` does; decided for scalar variants only, else False."""
    if len(big) != 1 or len(small) != 1:
        return False
    b, s = big[""], small[""]
    if b.variants or s.variants or not covers(b.types, s.types):
        return False
    if b.enum is not None and (s.enum is None or not s.enum <= b.enum):
        return False
    return {c for c in b.constraints if c[0] not in _NOT_LIMITING} <= s.constraints


def lift_unions(old: Tree, new: Tree) -> tuple[Tree, Tree]:
    """Read a plain schema as a one-variant union wherever the other side has a union at the same path."""
    mismatched = [p for p in old.keys() & new.keys() if bool(old[p].variants) != bool(new[p].variants)]
    for path in sorted(mismatched, key=len):  # outer first: lifting one takes the paths below it along
        if path not in old or path not in new:
            continue
        if old[path].variants:
            new = _lift(new, path)
        else:
            old = _lift(old, path)
    return old, new


def _lift(tree: Tree, at: str) -> Tree:
    variant: Tree = {}
    rest: Tree = {}
    for path, facts in tree.items():
        rel = _relative(path, at)
        if rel is None:
            rest[path] = facts
        elif rel:
            variant[rel] = facts
    plain = tree[at]
    own = frozenset(c for c in plain.constraints if c[0] in _UNION_KEYWORDS)
    variant[""] = replace(plain, required=False, deprecated=False, constraints=plain.constraints - own)
    rest[at] = Facts(frozenset({ANY}), None, plain.required, plain.deprecated, own, variants=(variant,))
    return rest


def _relative(path: str, at: str) -> str | None:
    """`path` relative to `at` when it is `at` or below it (`""` for `at` itself), else None."""
    if path == at or not at:
        return path[len(at) :]
    if path.startswith(at) and path[len(at)] in ".[{":
        rel = path[len(at) :]
        return rel[1:] if rel.startswith(".") else rel
    return None


def _unique_labels(trees: tuple[Tree, ...]) -> dict[str, Tree]:
    """Label -> variant, for the labels only one variant of the union has."""
    labels = [label(t) for t in trees]
    return {name: t for name, t in zip(labels, trees, strict=True) if labels.count(name) == 1}


def _overlap(a: Tree, b: Tree) -> bool:
    """Whether two variants could be the same one: some value type in common."""
    x, y = a[""].types, b[""].types
    return bool(x & y) or covers(x, y) or covers(y, x)


def _similarity(a: Tree, b: Tree) -> tuple[int, int, int]:
    """(paths with identical facts, enum values in common, paths in common)."""
    shared = a.keys() & b.keys()
    same = values = 0
    for path in shared:
        x, y = a[path], b[path]
        same += x == y
        values += len(x.enum & y.enum) if x.enum is not None and y.enum is not None else 0
    return same, values, len(shared)


def _negated(score: tuple[int, int, int]) -> tuple[int, int, int]:
    return -score[0], -score[1], -score[2]


def covers(big: frozenset[str], small: frozenset[str]) -> bool:
    """Whether a value of any type in `small` has a type in `big` (integer counts as a number)."""
    if ANY in big:
        return True
    if ANY in small:
        return False
    return all(t in big or (t == "integer" and "number" in big) for t in small)
