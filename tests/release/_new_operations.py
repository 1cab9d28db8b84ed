"""Candidate specs for the "a person is not needed" tests: the pinned spec plus three operations
Venice has not published, written in Venice's own style, and the pinned spec minus one operation.

- `POST /image/colorize` (`colorizeImage`): a JSON body (a required image, a model with an enum, an
  optional strength with bounds), answering JSON;
- `GET /billing/invoices` (`listBillingInvoices`): query parameters (an integer limit, a status
  enum), answering a JSON list;
- `GET /video/jobs/{queue_id}` (`getVideoJob`): a path parameter, answering a JSON job.

`python tests/release/_new_operations.py OUT.yaml [--remove OPERATION_ID]` writes such a candidate
(YAML 1.2 for `.yaml`, else JSON) for `make update SPEC=OUT.yaml`; put it in the spec mirror
(`VENICE_SPEC_MIRROR`) as the update workflow's mirror holds upstream's newest spec, since the tests
of the pull step find the pinned file there. The tests import `with_new_operations` /
`without_operation`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from pipeline.pull import Lock, pull  # noqa: E402
from pipeline.specio import dump_json, load_spec  # noqa: E402
from ruamel.yaml import YAML  # noqa: E402

NEW_OPERATIONS = {
    "colorizeImage": ("POST", "/image/colorize"),
    "listBillingInvoices": ("GET", "/billing/invoices"),
    "getVideoJob": ("GET", "/video/jobs/{queue_id}"),
}
ERRORS = {
    "400": "Invalid request parameters",
    "401": "Authentication failed",
    "429": "Rate limit exceeded",
    "500": "An unknown error occurred",
}


def _errors() -> dict[str, Any]:
    standard = {"$ref": "#/components/schemas/StandardError"}
    return {
        status: {"description": text, "content": {"application/json": {"schema": standard}}}
        for status, text in ERRORS.items()
    }


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "OK", "content": {"application/json": {"schema": schema}}}


COLORIZE = {
    "post": {
        "operationId": "colorizeImage",
        "summary": "/api/v1/image/colorize",
        "description": "Colorize a black-and-white image. Returns the colorized image as base64.",
        "tags": ["Image"],
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["image"],
                        "properties": {
                            "image": {
                                "type": "string",
                                "description": "The image to colorize, as base64 or a URL.",
                            },
                            "model": {
                                "type": "string",
                                "enum": ["colorize-v1", "colorize-v2"],
                                "default": "colorize-v1",
                                "description": "The colorization model.",
                            },
                            "strength": {
                                "type": "number",
                                "minimum": 0,
                                "maximum": 1,
                                "description": "How strongly to colorize, from 0 to 1.",
                            },
                        },
                    }
                }
            },
        },
        "responses": {
            "200": _json(
                {
                    "type": "object",
                    "required": ["id", "images"],
                    "properties": {
                        "id": {"type": "string", "example": "colorize-1234"},
                        "images": {
                            "type": "array",
                            "items": {"type": "string"},
                            "description": "Base64 images.",
                            "example": ["iVBORw0KGgo="],
                        },
                    },
                }
            ),
            **_errors(),
        },
    }
}
INVOICES = {
    "get": {
        "operationId": "listBillingInvoices",
        "summary": "/api/v1/billing/invoices",
        "description": "List the invoices of the account, newest first.",
        "tags": ["Billing"],
        "parameters": [
            {
                "in": "query",
                "name": "limit",
                "required": False,
                "description": "How many invoices to return.",
                "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
            },
            {
                "in": "query",
                "name": "status",
                "required": False,
                "description": "Only invoices with this status.",
                "schema": {"type": "string", "enum": ["paid", "open", "void"]},
            },
        ],
        "responses": {
            "200": _json(
                {
                    "type": "object",
                    "required": ["data"],
                    "properties": {
                        "data": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["id", "amount", "status"],
                                "properties": {
                                    "id": {"type": "string", "example": "inv_1"},
                                    "amount": {"type": "number", "example": 12.5},
                                    "status": {"type": "string", "enum": ["paid", "open", "void"]},
                                },
                            },
                        }
                    },
                }
            ),
            **_errors(),
        },
    }
}
VIDEO_JOB = {
    "get": {
        "operationId": "getVideoJob",
        "summary": "/api/v1/video/jobs/{queue_id}",
        "description": "The state of a queued video job.",
        "tags": ["Video"],
        "parameters": [
            {
                "in": "path",
                "name": "queue_id",
                "required": True,
                "description": "The queue ID that `queueVideo` returned.",
                "schema": {"type": "string", "example": "123e4567-e89b-12d3-a456-426614174000"},
            }
        ],
        "responses": {
            "200": _json(
                {
                    "type": "object",
                    "required": ["queue_id", "status"],
                    "properties": {
                        "queue_id": {"type": "string", "example": "123e4567-e89b-12d3-a456-426614174000"},
                        "status": {"type": "string", "enum": ["QUEUED", "PROCESSING", "COMPLETED"]},
                    },
                }
            ),
            **_errors(),
        },
    }
}


def with_new_operations(doc: dict[str, Any]) -> None:
    """Add the three operations to `doc` (in place)."""
    doc["paths"]["/image/colorize"] = COLORIZE
    doc["paths"]["/billing/invoices"] = INVOICES
    doc["paths"]["/video/jobs/{queue_id}"] = VIDEO_JOB


def without_operation(doc: dict[str, Any], operation_id: str) -> None:
    """Remove the operation `operation_id` from `doc` (in place), and its path if it was the last."""
    for path, item in list(doc["paths"].items()):
        for method, op in list(item.items()):
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                del item[method]
        if not any(isinstance(v, dict) and "responses" in v for v in item.values()):
            del doc["paths"][path]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--remove", help="remove this operation instead of adding the three")
    args = parser.parse_args()
    doc = load_spec(pull(Lock.read()))
    if args.remove:
        without_operation(doc, args.remove)
    else:
        with_new_operations(doc)
    if args.out.suffix in (".yaml", ".yml"):  # YAML 1.2, as Venice publishes it
        yaml = YAML(typ="safe", pure=True)
        yaml.default_flow_style = False
        yaml.representer.sort_base_mapping_type_on_output = False  # keep upstream's order
        with args.out.open("w", encoding="utf-8") as handle:
            yaml.dump(doc, handle)
    else:
        args.out.write_text(dump_json(doc), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
