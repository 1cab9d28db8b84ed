from typing import Literal

WebScrapeResponseFormat = Literal["markdown"]

WEB_SCRAPE_RESPONSE_FORMAT_VALUES: set[WebScrapeResponseFormat] = {
    "markdown",
}


def check_web_scrape_response_format(value: str) -> WebScrapeResponseFormat:
    if value in WEB_SCRAPE_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SCRAPE_RESPONSE_FORMAT_VALUES!r}"
    )
