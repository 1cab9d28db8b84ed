"""``function_tool``: a Python function (sync or async) as a tool the model can call.

The tool's name is the function's, its description the docstring's prose (``_docstrings``), and its
parameters' JSON schema comes from the signature and type hints: each parameter becomes a field of a
TypedDict built for the function, described from the docstring, and pydantic's ``TypeAdapter``
writes its schema and validates the model's arguments against it (models, dataclasses, TypedDicts,
``Literal``, ``Optional``, lists nest as pydantic allows).

Strict or not: strict mode needs every property required, which a parameter with a default is not.
So a function whose parameters are all required and annotated gets a strict schema
(``strict_schema``'s rules: every object closed and fully required, ``None`` as null) and
``"strict": true``. A function with a default, an unannotated parameter, or a mapping with free keys
(``dict[str, int]``, which strict mode cannot express) gets pydantic's schema as it is: the
parameters without a default in ``required``, the defaults written where they are JSON,
``additionalProperties: false`` on the arguments object, and no ``strict`` flag; a parameter the
model leaves out takes its Python default. Either way, unknown arguments are refused.

This module never calls a tool: ``arguments`` turns the model's JSON into the call's arguments and
the runner makes the call.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import re
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, NotRequired, Required, get_args, get_origin

from venice.lib._docstrings import parse_docstring
from venice.lib._pydantic import adapter, pydantic
from venice.lib._schema import strict_schema, validate_json

if TYPE_CHECKING:
    from venice.types import ChatCompletionFunctionToolParam

__all__ = ["FunctionTool", "check_tool_name", "function_tool", "is_async_callable", "tool_of"]

FEATURE = "function_tool"
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_UNSUPPORTED = {
    inspect.Parameter.VAR_POSITIONAL: "*{name}",
    inspect.Parameter.VAR_KEYWORD: "**{name}",
}


class _Described(NamedTuple):
    """What a tool's function says of itself; holds nothing of the function, so it can be cached."""

    name: str
    description: str | None
    parameters: dict[str, Any]
    strict: bool
    arguments_type: Any  # the TypedDict the arguments validate against
    signature: inspect.Signature


class FunctionTool:
    """A function the model can call: ``name``, ``description``, ``parameters`` (the JSON schema of
    its arguments), ``strict``, and the ``function`` itself. Calling it calls the function."""

    __slots__ = ("_described", "description", "function", "name", "parameters", "strict")

    def __init__(self, function: Callable[..., Any], described: _Described) -> None:
        self.function = function
        self.name = described.name
        self.description = described.description
        self.parameters = described.parameters
        self.strict = described.strict
        self._described = described

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"FunctionTool(name={self.name!r}, strict={self.strict})"

    @property
    def is_async(self) -> bool:
        """Whether calling the function gives a coroutine to await."""
        return is_async_callable(self.function)

    def to_param(self) -> ChatCompletionFunctionToolParam:
        """The tool as the request's ``tools`` lists it."""
        function: dict[str, Any] = {"name": self.name, "parameters": self.parameters}
        if self.description:
            function["description"] = self.description
        if self.strict:
            function["strict"] = True
        return {"type": "function", "function": function}  # type: ignore[typeddict-item]

    def arguments(self, text: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """The positional and keyword arguments of a call, from the model's JSON ``text``; raises
        ``StructuredOutputError`` (the path and pydantic's errors) when it does not fit."""
        values: dict[str, Any] = validate_json(self._described.arguments_type, text or "{}", FEATURE)
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for param in self._described.signature.parameters.values():
            if param.kind is inspect.Parameter.POSITIONAL_ONLY:
                args.append(values.get(param.name, param.default))
            elif param.name in values:
                kwargs[param.name] = values[param.name]
        return tuple(args), kwargs


def function_tool(
    fn: Callable[..., Any], *, name: str | None = None, description: str | None = None
) -> FunctionTool:
    """``fn`` (a function, sync or async, or any callable) as a tool: named ``name`` (the
    function's name by default), described by ``description`` (the docstring's prose by default),
    its parameters' schema from its signature, type hints and docstring. ``TypeError`` names a
    parameter or type the schema cannot express."""
    if isinstance(fn, FunctionTool):
        fn = fn.function
    return FunctionTool(fn, _describe(fn, name, description))


# A function given to run_tools as it is is described once, not once per run (and so has one
# TypeAdapter in ``_pydantic.adapter``'s cache). Weak keys: an entry lives as long as its function.
# A bound method is a new object at each access: it is described each time.
_DESCRIBED: weakref.WeakKeyDictionary[Callable[..., Any], _Described] = weakref.WeakKeyDictionary()


def tool_of(fn: Callable[..., Any]) -> FunctionTool:
    """``function_tool(fn)``, described once per function."""
    try:
        return FunctionTool(fn, _DESCRIBED[fn])
    except (KeyError, TypeError):  # TypeError: no weak reference to it (a callable object's slots)
        pass
    described = _describe(fn, None, None)
    if not inspect.ismethod(fn):
        with contextlib.suppress(TypeError):
            _DESCRIBED[fn] = described
    return FunctionTool(fn, described)


def _describe(fn: Callable[..., Any], name: str | None, description: str | None) -> _Described:
    if not callable(fn) or isinstance(fn, type):
        raise TypeError(
            f"{FEATURE}: {fn!r} is not a function (for a model class, use pydantic_function_tool)"
        )
    tool_name = check_tool_name(name if name is not None else getattr(fn, "__name__", ""), fn)
    try:
        signature = inspect.signature(fn, eval_str=True)
    except (NameError, TypeError, ValueError) as exc:
        raise TypeError(f"{FEATURE}: cannot read the signature of {tool_name!r}: {exc}") from None
    docstring = parse_docstring(inspect.getdoc(_documented(fn)))
    arguments_type = _arguments_type(tool_name, signature, docstring.params)
    parameters = _strict_parameters(signature, arguments_type)
    strict = parameters is not None
    if parameters is None:
        parameters = adapter(arguments_type, FEATURE).json_schema()
    if description is None:
        description = docstring.description
    return _Described(tool_name, description, parameters, strict, arguments_type, signature)


def _strict_parameters(signature: inspect.Signature, arguments_type: Any) -> dict[str, Any] | None:
    """The strict schema of the arguments, or ``None`` where strict mode cannot say what the
    function takes: a parameter with a default or without a type, a mapping with free keys."""
    if any(
        p.default is not inspect.Parameter.empty or p.annotation is inspect.Parameter.empty
        for p in signature.parameters.values()
    ):
        return None
    try:
        return strict_schema(arguments_type, FEATURE)
    except TypeError:
        return None  # a free-key mapping; a type pydantic cannot describe fails again, not strict


def check_tool_name(name: str, item: object) -> str:
    """``name`` if the API accepts it as a tool name (letters, digits, ``_``, ``-``; 64 at most)."""
    if not _NAME.match(name):
        what = f"{name!r}" if name else "no name"
        raise TypeError(
            f"{item!r} has {what}, which is not a tool name the API accepts (letters, digits, _ and -, "
            "64 at most): name it with function_tool(fn, name=...)"
        )
    return name


def is_async_callable(fn: Callable[..., Any]) -> bool:
    """Whether calling ``fn`` gives a coroutine: an ``async def`` function, or a partial of one, or
    an object whose ``__call__`` is one."""
    if inspect.iscoroutinefunction(fn):
        return True
    return callable(fn) and inspect.iscoroutinefunction(type(fn).__call__)


def _documented(fn: Callable[..., Any]) -> Any:
    """What holds ``fn``'s docstring: a partial's function, a callable object's ``__call__``."""
    while isinstance(fn, functools.partial):
        fn = fn.func
    if inspect.isroutine(fn) or not callable(fn):
        return fn
    return type(fn).__call__


def _arguments_type(name: str, signature: inspect.Signature, docs: dict[str, str]) -> Any:
    """A TypedDict of the parameters: each one's type (``Any`` if unannotated), its docstring
    description, and its default as the schema's ``default`` where it is JSON; the parameters with
    a default are ``NotRequired``. Unknown keys are refused (``extra="forbid"``)."""
    # pydantic reads typing.TypedDict only from Python 3.12; typing_extensions is its own dependency.
    from typing_extensions import TypedDict

    fields: dict[str, Any] = {}
    for param in signature.parameters.values():
        if param.kind in _UNSUPPORTED:
            spelled = _UNSUPPORTED[param.kind].format(name=param.name)
            raise TypeError(
                f"{FEATURE}: {name!r} takes {spelled}, which a tool's JSON arguments cannot express; "
                "declare each argument"
            )
        hint = Any if param.annotation is inspect.Parameter.empty else param.annotation
        field = _field(param, docs.get(param.name))
        if field is not None:
            hint = _with_field(hint, field)
        fields[param.name] = Required[hint] if param.default is inspect.Parameter.empty else NotRequired[hint]
    make_typed_dict: Any = TypedDict  # a name known only at run time
    arguments: Any = make_typed_dict(name, fields)
    arguments.__pydantic_config__ = {"extra": "forbid"}
    return arguments


def _with_field(hint: Any, field: Any) -> Any:
    """``hint`` annotated with ``field``, placed before the hint's own metadata so that a ``Field``
    the user wrote wins over the docstring."""
    if get_origin(hint) is Annotated:
        base, *metadata = get_args(hint)
        return Annotated[(base, field, *metadata)]
    return Annotated[hint, field]


def _field(param: inspect.Parameter, description: str | None) -> Any:
    """A pydantic ``Field`` with the parameter's description and JSON default; ``None`` if none."""
    extra: dict[str, Any] = {}
    if param.default is not inspect.Parameter.empty and _is_json(param.default):
        extra["default"] = param.default
    if description is None and not extra:
        return None
    return pydantic(FEATURE).Field(description=description, json_schema_extra=extra or None)


def _is_json(value: Any) -> bool:
    if value is None or isinstance(value, str | bool | int | float):
        return True
    if isinstance(value, list | tuple):
        return all(_is_json(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(key, str) and _is_json(item) for key, item in value.items())
    return False
