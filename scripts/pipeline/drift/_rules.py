"""Which changes break a client, stated once: every `Change` carries the rule text for its kind.

The principle: a change is breaking only if a correct client or caller can fail because of it. So a request
may only accept more (anything a caller sent before must still be valid), and a response may only promise
more (anything a caller relied on must still be there, and nothing it cannot parse may arrive). An error
response (4xx/5xx) is not parsed against its schema: the client raises on the status whatever the body
holds, so there only the first half holds (what a caller reads from the error must still be there); new
values in an error body break no one (`error-body-new-values`).

Kinds are `<area>-<what>`; areas are `operation`, `parameter`, `request-body`, `request-content-type`,
`request-property`, `response-status`, `response-content-type`, `response-header`, `response-property`,
`schema` and `other`. This module must not look at specs; it only decides.
"""

from __future__ import annotations

REQUEST = "request"
RESPONSE = "response"

# Direction of a change in the set of values a schema admits.
WIDENED = "widened"
NARROWED = "narrowed"
REPLACED = "replaced"  # neither contains the other

RULES: dict[str, str] = {
    "operation-added": "Adding an operation is non-breaking.",
    "operation-removed": "Removing an operation is breaking: callers of it fail.",
    "operation-id-changed": (
        "An operationId change is wire-compatible (non-breaking), but it renames the generated function "
        "and the ergonomic layer's registry key must follow it."
    ),
    "operation-moved": (
        "An operation that reappears at another path or method with the same operationId is reported "
        "as moved; the removal of the old path is what breaks callers, and the shape differences "
        "between the old and the new place are listed against the new one."
    ),
    "operation-deprecated": "Deprecating an operation is non-breaking (a warning for callers).",
    "operation-security-changed": (
        "Security is resolved first (an operation without its own `security` has the document's). "
        "Removing an accepted security alternative is breaking unless a remaining one needs no more "
        "than it did; adding an alternative or dropping a requirement is non-breaking."
    ),
    "parameter-added": "Adding a required parameter is breaking; adding an optional one is non-breaking.",
    "parameter-removed": "Removing a parameter is breaking: callers that send it lose its effect or fail.",
    "parameter-required-changed": (
        "Making a parameter required is breaking; making it optional is non-breaking."
    ),
    "request-body-added": "Adding a required request body is breaking; an optional one is non-breaking.",
    "request-body-removed": "Removing the request body is breaking: callers that send one fail.",
    "request-body-required-changed": (
        "Making the request body required is breaking; making it optional is non-breaking."
    ),
    "request-content-type-added": "Accepting another request content type is non-breaking.",
    "request-content-type-removed": "No longer accepting a request content type is breaking.",
    "request-property-added": (
        "Adding a required request property is breaking; adding an optional one is non-breaking."
    ),
    "request-property-removed": (
        "Removing a request property is breaking: typed callers that set it no longer compile, and the "
        "server may reject or silently ignore it."
    ),
    "request-property-required-changed": (
        "Making a request property required is breaking; making it optional is non-breaking."
    ),
    "response-status-added": (
        "A new response status is non-breaking for callers that treat undocumented statuses generically; "
        "a new 2xx is still worth a look, since generated clients return nothing for statuses they lack."
    ),
    "response-status-removed": (
        "Removing a 2xx response is breaking (the success shape callers parse is gone); removing an error "
        "status is non-breaking."
    ),
    "response-content-type-added": (
        "A new response content type is non-breaking if callers keep asking for the old one (Accept)."
    ),
    "response-content-type-removed": (
        "Removing a response content type is breaking for callers that parse it."
    ),
    "response-header-added": "A new response header is non-breaking.",
    "response-header-removed": "Removing a response header is breaking for callers that read it.",
    "response-property-added": "Adding a response property is non-breaking.",
    "response-property-removed": "Removing a response property is breaking: callers that read it fail.",
    "response-property-required-changed": (
        "A response property becoming optional is breaking (callers relied on it); becoming always present "
        "is non-breaking."
    ),
    "type-changed": (
        "In a request (parameters, body) widening the accepted type is non-breaking and narrowing or "
        "replacing it is breaking; in a response narrowing is non-breaking and widening (including "
        "becoming nullable) or replacing it is breaking. integer is treated as a subset of number; an "
        "enum constraint appearing is narrowing, disappearing is widening."
    ),
    "enum-value-added": (
        "A new enum value is non-breaking in a request. In a response it is reported non-breaking, but "
        "strict clients (closed Literal/Enum types, e.g. generated with literal_enums) fail to parse a "
        "response carrying it until they are regenerated."
    ),
    "enum-value-removed": (
        "Removing an enum value is breaking in a request (callers sending it are rejected) and "
        "non-breaking in a response."
    ),
    "constraint-changed": (
        "In a request a tighter bound (higher minimum*, lower maximum*, a new or changed pattern) is "
        "breaking and a looser one non-breaking; in a response a new or changed format is breaking "
        "(generated models parse by format). A parameter's serialisation (style, explode) changing is "
        "breaking. Other keyword changes (default, discriminator, "
        "additionalProperties, readOnly, ...) are non-breaking and listed for review."
    ),
    "variant-added": (
        "Unions (oneOf/anyOf) are compared variant by variant, paired by $ref name, title or shape. A new "
        "variant is non-breaking in a request; in a response it is breaking (callers meet values they "
        "cannot parse) unless an existing variant already admitted all of its values."
    ),
    "variant-removed": (
        "Removing a union variant is breaking in a request (callers sending its values are rejected) "
        "unless another variant still admits all of them, and non-breaking in a response."
    ),
    "variant-covered": (
        "A change inside one union variant does not break callers when another variant admits every value "
        "at stake: in a request all values the old variant accepted, in a response all values the new "
        "variant may send (e.g. a changed enum next to a plain `string` variant)."
    ),
    "error-body-new-values": (
        "A change is breaking only if a correct client or caller can fail because of it. In the body of an "
        "error response (4xx/5xx) the client raises on the status whatever the body holds, so a change that "
        "only lets the body carry new values (a new union variant, a widened type, a new or changed format) "
        "breaks no caller. What a caller may read from an error still breaks when it goes: a property "
        "removed or becoming optional, a type replaced."
    ),
    "deprecated": "Deprecating a parameter or property is non-breaking (a warning for callers).",
    "schema-added": "Adding a component schema is non-breaking.",
    "schema-removed": (
        "Removing a component schema is non-breaking on the wire (operations that used it are diffed "
        "where they use it), but the generated model class disappears."
    ),
    "schema-changed": (
        "A change to a component schema no operation uses is non-breaking on the wire; it changes the "
        "generated model only."
    ),
    "other-changed": (
        "A change outside the modelled parts (servers, security schemes, vendor extensions, tags) is "
        "non-breaking and listed for review. So is a structural difference no other rule classified, "
        "when nothing else changed: a report is never identical or documentation-only while a schema "
        "keyword changed."
    ),
}


def type_change_breaking(side: str, direction: str) -> bool:
    """Breaking unless a request widened or a response narrowed."""
    if direction == REPLACED:
        return True
    return direction == (NARROWED if side == REQUEST else WIDENED)


def variant_change_breaking(side: str, *, added: bool, covered: bool) -> bool:
    """Requests: a removed variant breaks. Responses: an added one does. Unless another variant covers it."""
    return not covered and added == (side == RESPONSE)


def required_change_breaking(side: str, now_required: bool) -> bool:
    """Requests: becoming required breaks. Responses: becoming optional breaks."""
    return now_required if side == REQUEST else not now_required


LOWER_BOUNDS = frozenset({"minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"})
UPPER_BOUNDS = frozenset({"maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"})


def constraint_change_breaking(side: str, keyword: str, old: object, new: object) -> bool:
    """Apply the `constraint-changed` rule to one keyword; `None` means the keyword is absent."""
    if side == RESPONSE:
        return keyword == "format" and new is not None
    if keyword == "pattern":
        return new is not None
    if keyword in LOWER_BOUNDS or keyword in UPPER_BOUNDS:
        if new is None:
            return False
        if old is None:
            return True
        if isinstance(old, bool) or isinstance(new, bool):  # OpenAPI 3.0 boolean exclusive bounds
            return bool(new) and not bool(old)
        if isinstance(old, int | float) and isinstance(new, int | float):
            return new > old if keyword in LOWER_BOUNDS else new < old
        return True
    return False
