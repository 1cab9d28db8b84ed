from typing import Literal

ResponsesAPIRequestCodeInterpreterToolType = Literal["code_interpreter"]

RESPONSES_API_REQUEST_CODE_INTERPRETER_TOOL_TYPE_VALUES: set[
    ResponsesAPIRequestCodeInterpreterToolType
] = {
    "code_interpreter",
}


def check_responses_api_request_code_interpreter_tool_type(
    value: str,
) -> ResponsesAPIRequestCodeInterpreterToolType:
    if value in RESPONSES_API_REQUEST_CODE_INTERPRETER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_API_REQUEST_CODE_INTERPRETER_TOOL_TYPE_VALUES!r}"
    )
