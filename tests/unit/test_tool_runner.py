"""The tool loop (``venice.lib._tool_runner``) and the tools it runs (``_function_tools``,
``_toolbox``), against fake ``Completions`` namespaces: each answers a scripted ``ChatCompletion``
per call, records what it was sent, and checks that it is a request the real method would send
(``build_request`` against the spec). Every loop test runs on the blocking and the async runner."""

from __future__ import annotations

import copy
import dataclasses
import functools
import gc
import json
import subprocess
import sys
import threading
import weakref
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, Literal, Optional

import anyio
import pydantic
import pytest

from venice import NOT_GIVEN
from venice._binding._operations import build_request, operation
from venice.lib._docstrings import parse_docstring
from venice.lib._errors import MaxIterationsError, StructuredOutputError
from venice.lib._function_tools import FunctionTool, function_tool, tool_of
from venice.lib._tool_runner import arun_tools, run_tools
from venice.lib._toolbox import tool_content
from venice.lib._tools import pydantic_function_tool
from venice.testing import OfflineVenice
from venice.types import ChatCompletion

OPERATION = "createChatCompletion"
USER = {"role": "user", "content": "What is the weather in Paris?"}


# ---- the fake namespaces and scripted answers


class FakeCompletions:
    """A blocking ``chat.completions``: answers from a script, records each request."""

    def __init__(self, *answers: ChatCompletion) -> None:
        self.answers = list(answers)
        self.sent: list[dict[str, Any]] = []

    def _call(self, operation_id: str, arguments: dict[str, Any]) -> ChatCompletion:
        assert operation_id == OPERATION
        build_request(operation(operation_id), arguments)  # TypeError for what the API would refuse
        self.sent.append(copy.deepcopy(arguments))
        return self.answers.pop(0)


class AsyncFakeCompletions(FakeCompletions):
    async def _call(self, operation_id: str, arguments: dict[str, Any]) -> ChatCompletion:  # type: ignore[override]
        return super()._call(operation_id, arguments)


def answer(
    content: str | None = None,
    *calls: dict[str, Any],
    usage: dict[str, Any] | None = None,
    **message: Any,
) -> ChatCompletion:
    return ChatCompletion.from_dict(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 1,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "tool_calls" if calls else "stop",
                    "message": {
                        "role": "assistant",
                        "content": content,
                        **message,
                        "tool_calls": list(calls),
                    },
                }
            ],
            "usage": usage or {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
        }
    )


def call(name: str, arguments: Any = None, *, id: str | None = None) -> dict[str, Any]:
    text = arguments if isinstance(arguments, str) else json.dumps(arguments or {})
    return {"id": id or f"call_{name}", "type": "function", "function": {"name": name, "arguments": text}}


Runner = Callable[..., Awaitable[Any]]


@pytest.fixture(params=["sync", "async"])
def runner(request: pytest.FixtureRequest) -> Callable[[FakeCompletions], Runner]:
    """``runner(fake)(**arguments)``: the tool loop of that kind over ``fake``'s script, with the
    arguments a generated method passes (``self``, ``NOT_GIVEN`` for what was left out)."""
    is_async = request.param == "async"

    def bind(fake: FakeCompletions) -> Runner:
        async def run(**arguments: Any) -> Any:
            given = {
                "self": fake,
                "model": "m",
                "messages": [USER],
                "max_iterations": 10,
                "raise_tool_errors": False,
                "temperature": NOT_GIVEN,
                **arguments,
            }
            if is_async:
                async_fake = AsyncFakeCompletions()
                async_fake.answers, async_fake.sent = fake.answers, fake.sent
                return await arun_tools(async_fake, OPERATION, given)
            return run_tools(fake, OPERATION, given)

        return run

    return bind


# ---- tools used below


def get_weather(city: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> dict[str, Any]:
    """Get the current weather in a city.

    Only cities on Earth.

    Args:
        city: The city's name,
            in English.
        unit (str): The temperature unit.

    Returns:
        The weather.
    """
    return {"city": city, "temperature": 21, "unit": unit}


def get_time(zone: str) -> str:
    """The time in a zone.

    :param zone: An IANA zone name,
        such as Europe/Paris.
    :returns: the time.
    """
    return f"12:00 in {zone}"


def boom(reason: str) -> str:
    """Fails."""
    raise ValueError(f"no luck: {reason}")


class Address(pydantic.BaseModel):
    street: str
    city: str


@dataclasses.dataclass
class Point:
    x: int
    y: int


class Weather(pydantic.BaseModel):
    """Ask for the weather."""

    city: str


# ---- schemas from functions


def test_a_google_docstring_describes_the_tool_and_each_argument() -> None:
    tool = function_tool(get_weather)
    assert tool.name == "get_weather"
    assert tool.description == "Get the current weather in a city.\n\nOnly cities on Earth."
    properties = tool.parameters["properties"]
    assert properties["city"]["description"] == "The city's name, in English."
    assert properties["unit"]["description"] == "The temperature unit."
    assert "Returns" not in json.dumps(tool.parameters)


def test_rest_and_numpy_docstrings_describe_the_arguments() -> None:
    assert function_tool(get_time).parameters["properties"]["zone"]["description"] == (
        "An IANA zone name, such as Europe/Paris."
    )
    numpy = parse_docstring(
        """Scale a vector.

        Parameters
        ----------
        factor : float
            How much to scale by,
            at least 0.
        axis : int
            The axis.

        Returns
        -------
        list
            The vector.
        """
    )
    assert numpy.description == "Scale a vector."
    assert numpy.params == {"factor": "How much to scale by, at least 0.", "axis": "The axis."}


def test_a_function_whose_arguments_are_all_required_gets_a_strict_schema() -> None:
    param = function_tool(get_time).to_param()
    assert param["type"] == "function"
    assert param["function"]["strict"] is True
    schema = param["function"]["parameters"]
    assert schema["required"] == ["zone"] and schema["additionalProperties"] is False


def test_a_function_with_defaults_gets_a_plain_schema_with_them() -> None:
    function = function_tool(get_weather).to_param()["function"]
    assert "strict" not in function
    schema = function["parameters"]
    assert schema["required"] == ["city"] and schema["additionalProperties"] is False
    assert schema["properties"]["unit"] == {
        "default": "celsius",
        "description": "The temperature unit.",
        "enum": ["celsius", "fahrenheit"],
        "title": "Unit",
        "type": "string",
    }
    assert function_tool(get_weather).arguments('{"city": "Paris"}') == ((), {"city": "Paris"})


def test_types_nest_as_pydantic_describes_them_and_arguments_arrive_as_those_types() -> None:
    def plan(
        stops: list[Address],
        origin: Point,
        mode: Literal["car", "train"],
        note: Optional[str],  # noqa: UP045
    ) -> str:
        """Plan a trip."""
        return "ok"

    tool = function_tool(plan)
    assert tool.strict
    schema = tool.parameters
    assert schema["properties"]["stops"]["type"] == "array"
    assert schema["properties"]["mode"]["enum"] == ["car", "train"]
    assert {"type": "null"} in schema["properties"]["note"]["anyOf"]
    nested = schema["$defs"]["Address"]
    assert nested["required"] == ["street", "city"] and nested["additionalProperties"] is False
    args, kwargs = tool.arguments(
        '{"stops": [{"street": "1 rue", "city": "Lyon"}], "origin": {"x": 1, "y": 2}, '
        '"mode": "car", "note": null}'
    )
    assert args == ()
    assert kwargs == {
        "stops": [Address(street="1 rue", city="Lyon")],
        "origin": Point(1, 2),
        "mode": "car",
        "note": None,
    }


def test_a_mapping_with_free_keys_makes_the_schema_plain() -> None:
    def tag(labels: dict[str, str]) -> str:
        """Tag."""
        return "ok"

    tool = function_tool(tag)
    assert not tool.strict
    assert tool.parameters["properties"]["labels"]["additionalProperties"] == {"type": "string"}


def test_a_field_the_user_wrote_wins_over_the_docstring() -> None:
    def find(query: Annotated[str, pydantic.Field(description="From the Field", min_length=2)]) -> str:
        """Find.

        Args:
            query: From the docstring.
        """
        return query

    tool = function_tool(find)
    assert tool.parameters["properties"]["query"]["description"] == "From the Field"
    assert tool.parameters["properties"]["query"]["minLength"] == 2


def test_function_tool_renames_and_redescribes_and_still_calls_the_function() -> None:
    tool = function_tool(get_time, name="clock", description="What time it is.")
    assert isinstance(tool, FunctionTool)
    assert (tool.name, tool.description) == ("clock", "What time it is.")
    assert tool.to_param()["function"]["name"] == "clock"
    assert tool("UTC") == "12:00 in UTC"


def test_positional_only_parameters_are_passed_by_position() -> None:
    def power(base: int, exponent: int = 2, /) -> int:
        """Power."""
        return int(base**exponent)

    tool = function_tool(power)
    assert tool.arguments('{"base": 3}') == ((3, 2), {})


@pytest.mark.parametrize(
    ("fn", "message"),
    [
        (lambda city: city, "'<lambda>', which is not a tool name the API accepts"),
        (functools.partial(get_time, "UTC"), "has no name, which is not a tool name"),
        (Weather, "for a model class, use pydantic_function_tool"),
    ],
)
def test_what_cannot_be_a_function_tool_is_refused_with_the_fix(fn: Any, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        function_tool(fn)


def test_a_function_is_described_once_and_not_kept_alive_by_it() -> None:
    def make() -> Callable[[str], str]:
        def lookup(key: str) -> str:
            """Look up."""
            return key

        return lookup

    lookup = make()
    assert tool_of(lookup).parameters is tool_of(lookup).parameters
    alive = weakref.ref(lookup)
    del lookup
    gc.collect()
    assert alive() is None


def test_variadic_parameters_are_refused() -> None:
    def anything(*values: int) -> int:
        return sum(values)

    with pytest.raises(TypeError, match=r"'anything' takes \*values"):
        function_tool(anything)


def test_a_type_hint_that_names_nothing_is_refused_with_the_name() -> None:
    def lookup(key: Undefined) -> str:  # type: ignore[name-defined]  # noqa: F821
        """Look up."""
        return "x"

    with pytest.raises(TypeError, match="cannot read the signature of 'lookup': name 'Undefined'"):
        function_tool(lookup)


def test_the_arguments_are_validated_against_the_schema() -> None:
    with pytest.raises(StructuredOutputError, match=r"\$\.city"):
        function_tool(get_weather).arguments('{"unit": "celsius"}')


# ---- the loop


@pytest.mark.anyio
async def test_the_loop_runs_the_calls_and_returns_the_last_answer_with_the_transcript(
    runner: Callable[[FakeCompletions], Runner],
) -> None:
    fake = FakeCompletions(
        answer(None, call("get_weather", {"city": "Paris"}), call("get_time", {"zone": "Europe/Paris"})),
        answer("It is 21 degrees at noon."),
    )
    result = await runner(fake)(tools=[get_weather, get_time], tool_choice="auto")

    assert result.completion.choices[0].message.content == "It is 21 degrees at noon."
    assert result.messages == [
        USER,
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                call("get_weather", {"city": "Paris"}),
                call("get_time", {"zone": "Europe/Paris"}),
            ],
        },
        {
            "role": "tool",
            "tool_call_id": "call_get_weather",
            "content": '{"city":"Paris","temperature":21,"unit":"celsius"}',
        },
        {"role": "tool", "tool_call_id": "call_get_time", "content": "12:00 in Europe/Paris"},
        {"role": "assistant", "content": "It is 21 degrees at noon."},
    ]
    first, second = fake.sent
    assert first["messages"] == [USER] and second["messages"] == result.messages[:-1]
    assert [tool["function"]["name"] for tool in first["tools"]] == ["get_weather", "get_time"]
    assert first["tool_choice"] == "auto" and second["tool_choice"] == "auto"
    for sent in fake.sent:  # the helper's own arguments, `self` and what was not given stay out
        assert not {"self", "max_iterations", "raise_tool_errors", "temperature"} & sent.keys()

    assert len(result.rounds) == 2
    assert [c.function.name for c in result.rounds[0].tool_calls] == ["get_weather", "get_time"]
    assert result.rounds[0].results[0].value == {"city": "Paris", "temperature": 21, "unit": "celsius"}
    assert result.rounds[1].results == [] and result.rounds[1].completion is result.completion


@pytest.mark.anyio
async def test_usage_is_the_sum_of_the_rounds(runner: Callable[[FakeCompletions], Runner]) -> None:
    fake = FakeCompletions(
        answer(
            None,
            call("get_time", {"zone": "UTC"}),
            usage={
                "prompt_tokens": 100,
                "completion_tokens": 20,
                "total_tokens": 120,
                "prompt_tokens_details": {"cached_tokens": 40},
            },
        ),
        answer(
            "noon",
            usage={
                "prompt_tokens": 130,
                "completion_tokens": 7,
                "total_tokens": 137,
                "prompt_tokens_details": {"cached_tokens": 100, "cache_creation_input_tokens": None},
                "completion_tokens_details": {"reasoning_tokens": 3},
            },
        ),
    )
    result = await runner(fake)(tools=[get_time])
    assert (result.usage.prompt_tokens, result.usage.completion_tokens, result.usage.total_tokens) == (
        230,
        27,
        257,
    )
    assert result.usage.prompt_tokens_details.cached_tokens == 140
    assert result.usage.completion_tokens_details.reasoning_tokens == 3
    assert [r.usage.total_tokens for r in result.rounds] == [120, 137]


@pytest.mark.anyio
async def test_what_a_tool_returns_is_sent_as_text_or_json(
    runner: Callable[[FakeCompletions], Runner],
) -> None:
    def address() -> Address:
        """An address."""
        return Address(street="1 rue", city="Lyon")

    def point() -> Point:
        """A point."""
        return Point(1, 2)

    def nothing() -> None:
        """Nothing."""

    fake = FakeCompletions(answer(None, call("address"), call("point"), call("nothing", "")), answer("ok"))
    result = await runner(fake)(tools=[address, point, nothing])
    assert [r.content for r in result.rounds[0].results] == [
        '{"street":"1 rue","city":"Lyon"}',
        '{"x":1,"y":2}',
        "null",
    ]
    assert tool_content("as is") == "as is"
    assert tool_content({"when": object}) == str({"when": object})  # no JSON for it: its text


@pytest.mark.anyio
async def test_the_assistant_message_keeps_what_the_request_accepts(
    runner: Callable[[FakeCompletions], Runner],
) -> None:
    fake = FakeCompletions(
        answer(
            "Let me look.",
            call("get_time", {"zone": "UTC"}),
            reasoning_content="They want the time.",
            thought_signature="sig",
            refusal=None,
            provider_specific={"x": 1},
        ),
        answer("noon"),
    )
    result = await runner(fake)(tools=[get_time])
    assert result.messages[1] == {
        "role": "assistant",
        "content": "Let me look.",
        "reasoning_content": "They want the time.",
        "thought_signature": "sig",
        "tool_calls": [call("get_time", {"zone": "UTC"})],
    }


@pytest.mark.anyio
async def test_a_forced_tool_choice_applies_to_the_first_round_only(
    runner: Callable[[FakeCompletions], Runner],
) -> None:
    fake = FakeCompletions(answer(None, call("get_time", {"zone": "UTC"})), answer("noon"))
    forced = {"type": "function", "function": {"name": "get_time"}}
    await runner(fake)(tools=[get_time], tool_choice=forced)
    assert fake.sent[0]["tool_choice"] == forced and "tool_choice" not in fake.sent[1]


@pytest.mark.anyio
async def test_pydantic_function_tool_runs_its_handler_with_the_model(
    runner: Callable[[FakeCompletions], Runner],
) -> None:
    received: list[Any] = []

    def handle(weather: Weather) -> str:
        received.append(weather)
        return f"sunny in {weather.city}"

    tool = pydantic_function_tool(Weather, handler=handle)
    fake = FakeCompletions(answer(None, call("Weather", {"city": "Oslo"})), answer("Sunny."))
    result = await runner(fake)(tools=[tool])
    assert received == [Weather(city="Oslo")]
    assert result.messages[2]["content"] == "sunny in Oslo"
    assert fake.sent[0]["tools"] == [
        {
            "type": "function",
            "function": {
                "name": "Weather",
                "strict": True,
                "parameters": tool["function"]["parameters"],
                "description": "Ask for the weather.",
            },
        }
    ]


@pytest.mark.anyio
async def test_a_server_side_search_tool_is_sent_as_it_is(
    runner: Callable[[FakeCompletions], Runner],
) -> None:
    fake = FakeCompletions(answer("Found it."))
    result = await runner(fake)(tools=[{"type": "web_search"}, get_time])
    assert fake.sent[0]["tools"][0] == {"type": "web_search"}
    assert result.completion.choices[0].message.content == "Found it."


# ---- failures the model reads, and may recover from


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("tool_call", "content"),
    [
        (call("boom", {"reason": "rain"}), "Error: ValueError: no luck: rain"),
        (call("nope", {}), "Error: there is no tool named 'nope'; the tools are: boom, get_weather"),
        (
            call("get_weather", '{"city": "Par'),
            "Error: the arguments of get_weather do not fit its schema: $: Invalid JSON",
        ),
        (
            call("get_weather", {"town": "Paris"}),
            "Error: the arguments of get_weather do not fit its schema: $.city: Field required; "
            "$.town: Extra inputs are not permitted",
        ),
    ],
    ids=["raises", "unknown tool", "bad JSON", "schema mismatch"],
)
async def test_a_failed_call_is_sent_back_as_the_tools_result(
    runner: Callable[[FakeCompletions], Runner], tool_call: dict[str, Any], content: str
) -> None:
    fake = FakeCompletions(answer(None, tool_call), answer("Sorry."))
    result = await runner(fake)(tools=[boom, get_weather])
    [outcome] = result.rounds[0].results
    assert outcome.content.startswith(content)
    assert isinstance(outcome.error, Exception) and outcome.value is None
    assert fake.sent[1]["messages"][-1] == {
        "role": "tool",
        "tool_call_id": tool_call["id"],
        "content": outcome.content,
    }
    assert result.completion.choices[0].message.content == "Sorry."


@pytest.mark.anyio
async def test_raise_tool_errors_raises_what_the_tool_raised(
    runner: Callable[[FakeCompletions], Runner],
) -> None:
    fake = FakeCompletions(answer(None, call("boom", {"reason": "rain"})), answer("unused"))
    with pytest.raises(ValueError, match="no luck: rain"):
        await runner(fake)(tools=[boom], raise_tool_errors=True)
    assert len(fake.sent) == 1


@pytest.mark.anyio
async def test_raise_tool_errors_leaves_the_models_mistakes_to_the_model(
    runner: Callable[[FakeCompletions], Runner],
) -> None:
    fake = FakeCompletions(answer(None, call("nope")), answer("Sorry."))
    result = await runner(fake)(tools=[boom], raise_tool_errors=True)
    assert isinstance(result.rounds[0].results[0].error, LookupError)


@pytest.mark.anyio
async def test_max_iterations_ends_a_loop_that_keeps_calling_tools(
    runner: Callable[[FakeCompletions], Runner],
) -> None:
    fake = FakeCompletions(*(answer(None, call("get_time", {"zone": "UTC"}, id=f"c{i}")) for i in range(3)))
    with pytest.raises(MaxIterationsError, match="max_iterations=3") as raised:
        await runner(fake)(tools=[get_time], max_iterations=3)
    assert len(fake.sent) == 3 and len(raised.value.completions) == 3
    messages = raised.value.messages
    assert messages[0] == USER and len(messages) == 1 + 3 * 2
    assert messages[-1] == {"role": "tool", "tool_call_id": "c2", "content": "12:00 in UTC"}


# ---- what is refused before any request


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("tools", "error", "message"),
    [
        ([42], TypeError, "42 is not a tool"),
        (["get_time"], TypeError, "'get_time' is not a tool"),
        ([Weather], TypeError, "use pydantic_function_tool"),
        (
            [{"type": "function", "function": {"name": "lookup", "parameters": {}}}],
            TypeError,
            "tool 'lookup' is a definition without a function to run",
        ),
        (
            [pydantic_function_tool(Weather)],
            TypeError,
            r"tool 'Weather' has no handler: pydantic_function_tool\(Weather, handler=fn\)",
        ),
        (
            [get_time, function_tool(get_weather, name="get_time")],
            ValueError,
            "two tools are named 'get_time'",
        ),
        (get_time, TypeError, "tools must be a list"),
    ],
)
async def test_a_bad_tool_is_refused_before_any_request(
    runner: Callable[[FakeCompletions], Runner], tools: Any, error: type[Exception], message: str
) -> None:
    fake = FakeCompletions()
    with pytest.raises(error, match=message):
        await runner(fake)(tools=tools)
    assert fake.sent == []


@pytest.mark.anyio
async def test_max_iterations_must_be_at_least_one(runner: Callable[[FakeCompletions], Runner]) -> None:
    with pytest.raises(ValueError, match="max_iterations must be"):
        await runner(FakeCompletions())(tools=[get_time], max_iterations=0)


def test_the_blocking_runner_refuses_an_async_tool_before_any_request() -> None:
    async def fetch(url: str) -> str:
        """Fetch."""
        return url

    fake = FakeCompletions()
    with pytest.raises(TypeError, match=r"tool 'fetch' is an async function.*use AsyncVenice"):
        run_tools(fake, OPERATION, {"model": "m", "messages": [USER], "tools": [fetch]})
    assert fake.sent == []


# ---- the async runner


@pytest.mark.anyio
async def test_the_async_runner_runs_a_rounds_calls_concurrently_and_keeps_their_order() -> None:
    first_started, second_started, second_done = anyio.Event(), anyio.Event(), anyio.Event()
    finished: list[str] = []

    async def first() -> str:
        """Waits for the second to start, then to finish."""
        first_started.set()
        await second_started.wait()  # never set if the calls ran one after the other
        await second_done.wait()
        finished.append("first")
        return "one"

    async def second() -> str:
        """Waits for the first to start."""
        second_started.set()
        await first_started.wait()
        finished.append("second")
        second_done.set()
        return "two"

    fake = AsyncFakeCompletions(answer(None, call("first"), call("second")), answer("done"))
    with anyio.fail_after(5):
        result = await arun_tools(
            fake, OPERATION, {"model": "m", "messages": [USER], "tools": [first, second]}
        )
    assert finished == ["second", "first"]
    assert [m["content"] for m in result.messages[2:4]] == ["one", "two"]


@pytest.mark.anyio
async def test_the_async_runner_runs_a_plain_function_in_a_worker_thread() -> None:
    released = threading.Event()
    threads: dict[str, int] = {}

    def blocking() -> bool:
        """Blocks until the async tool runs: it could not if this blocked the event loop."""
        threads["blocking"] = threading.get_ident()
        return released.wait(timeout=5)

    async def release() -> str:
        """Releases the blocking tool."""
        threads["release"] = threading.get_ident()
        released.set()
        return "released"

    fake = AsyncFakeCompletions(answer(None, call("blocking"), call("release")), answer("done"))
    result = await arun_tools(
        fake, OPERATION, {"model": "m", "messages": [USER], "tools": [blocking, release]}
    )
    assert [r.content for r in result.rounds[0].results] == ["true", "released"]
    assert threads["blocking"] != threads["release"] == threading.get_ident()


@pytest.mark.anyio
async def test_the_async_runner_raises_a_tool_error_after_the_round_finished() -> None:
    other_finished = anyio.Event()

    async def fails() -> str:
        """Fails at once."""
        raise RuntimeError("broken")

    async def slow() -> str:
        """Finishes after the other failed."""
        await anyio.sleep(0.01)
        other_finished.set()
        return "late"

    fake = AsyncFakeCompletions(answer(None, call("fails"), call("slow")))
    with pytest.raises(RuntimeError, match="broken"):
        await arun_tools(
            fake,
            OPERATION,
            {"model": "m", "messages": [USER], "tools": [fails, slow], "raise_tool_errors": True},
        )
    assert other_finished.is_set()


def test_import_venice_does_not_import_pydantic() -> None:
    code = "import sys, venice; venice.Venice; assert 'pydantic' not in sys.modules, 'pydantic imported'"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# -- end to end: the generated method against the offline Venice ---------------------------------


def offline_get_weather(city: str, unit: Literal["c", "f"]) -> dict[str, object]:
    """The weather now.

    Args:
        city: The city's name.
        unit: Celsius or Fahrenheit.
    """
    return {"city": city, "temperature": 21, "unit": unit}


async def offline_get_time(city: str) -> str:
    """The local time in a city.

    Args:
        city: The city's name.
    """
    return f"12:00 in {city}"


def test_run_tools_against_the_offline_venice() -> None:
    with OfflineVenice() as offline:
        client = offline.client()
        result = client.chat.completions.run_tools(
            model="m",
            messages=[{"role": "user", "content": "Weather in Paris?"}],
            tools=[offline_get_weather],
        )
        client.close()
    sent = offline.requests[0].json()["tools"][0]["function"]
    assert sent["name"] == "offline_get_weather"
    assert sent["parameters"]["properties"]["city"]["description"] == "The city's name."
    assert [message["role"] for message in result.messages] == ["user", "assistant", "tool", "assistant"]
    assert len(result.rounds) == 2
    assert result.usage.total_tokens == sum(r.completion.usage.total_tokens for r in result.rounds)
    assert "offline_get_weather returned" in (result.completion.choices[0].message.content or "")


@pytest.mark.anyio
async def test_async_run_tools_against_the_offline_venice() -> None:
    with OfflineVenice() as offline:
        client = offline.async_client()
        result = await client.chat.completions.run_tools(
            model="m",
            messages=[{"role": "user", "content": "Weather and time in Paris?"}],
            tools=[offline_get_weather, offline_get_time],
        )
        await client.close()
    tool_messages = [m for m in result.messages if m["role"] == "tool"]
    assert tool_messages and "temperature" in str(tool_messages[0].get("content"))
