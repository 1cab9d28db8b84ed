from typing import Literal

WebSearchRequestSearchProvider = Literal["brave", "google"]

WEB_SEARCH_REQUEST_SEARCH_PROVIDER_VALUES: set[WebSearchRequestSearchProvider] = {
    "brave",
    "google",
}


def check_web_search_request_search_provider(
    value: str,
) -> WebSearchRequestSearchProvider:
    if value in WEB_SEARCH_REQUEST_SEARCH_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_REQUEST_SEARCH_PROVIDER_VALUES!r}"
    )
