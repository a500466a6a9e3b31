"""The label schema: the packaged default is valid; a bad schema lists every problem with its path."""

from __future__ import annotations

import copy
import json

import pytest

from annotator.core.errors import SchemaError
from annotator.core.schema import Schema
from annotator.resources import default_schema, read_text
from annotator.services.newproject import load_schema_file

DEFAULT = json.loads(read_text("schema", "default.json"))


def problems_of(data) -> list[str]:
    with pytest.raises(SchemaError) as info:
        Schema.from_dict(data, origin="s.json")
    assert info.value.code == "E102"
    head, *lines = str(info.value).split("\n")
    assert head == "[E102] s.json: invalid label schema:"
    return [line.strip() for line in lines]


def test_default_schema_is_valid_and_complete():
    schema = default_schema()
    assert schema.entity_names == ["PER", "ORG", "LOC", "MISC"]
    assert schema.company_label == "ORG"
    assert set(schema.sentiment_names) == {"positive", "negative", "neutral", "mixed"}
    assert {"partnership", "acquisition", "earnings", "layoffs"} <= set(schema.event_names)
    for label in (*schema.entities, *schema.sentiments, *schema.events):
        assert label.definition and label.colour.startswith("#") and label.key
    # shortcut keys are unique within each layer
    for layer in (schema.entities, schema.sentiments, schema.events):
        keys = [label.key.lower() for label in layer]
        assert len(keys) == len(set(keys))
    assert schema.map_model_label("PERSON") == "PER"
    assert schema.map_model_label("DATE") is None


def test_schema_round_trips():
    schema = default_schema()
    assert Schema.from_dict(schema.to_dict()) == schema
    assert Schema.from_dict(json.loads(json.dumps(schema.to_dict()))) == schema


def test_every_problem_is_listed_with_its_path():
    data = copy.deepcopy(DEFAULT)
    data["format"] = 2
    data["entities"][0]["colour"] = "blue"
    data["entities"][1]["name"] = "PER"  # duplicate of entities[0]
    data["entities"][2]["key"] = ""
    data["entities"][3]["definition"] = "  "
    data["entities"][3]["size"] = 3
    data["sentiments"] = []
    data["events"][0] = "partnership"
    data["events"][1]["key"] = data["events"][2]["key"].lower()  # keys clash (case-insensitive)
    data["events"][4]["name"] = "has space"
    data["events"][5]["title"] = 5
    data["company_label"] = "COMPANY"
    data["model_labels"] = {"PERSON": "PEOPLE", "NORP": "", "X": ["PER"]}
    data["guidelines"] = ["not", "a", "string"]
    data["colours"] = {}
    got = problems_of(data)
    expected = [
        "format: expected 1, got 2",
        "entities[0].colour: 'blue' is not a colour like #1f77b4",
        "entities[1].name: 'PER' appears twice",
        "entities[2].key: '' is not a shortcut key",
        "entities[3].definition: a one-line definition is required",
        "entities[3].size: unknown field",
        "sentiments: must be a non-empty list of labels",
        "events[0]: must be an object",
        "events[2].key: 'F3' is already used by another event label",
        "events[4].name: 'has space' is not a label name (letters, digits, _ or -)",
        "events[5].title: must be a string",
        "company_label: 'COMPANY' is not one of the entity labels",
        "model_labels.PERSON: 'PEOPLE' is not an entity label (use \"\" to drop it)",
        "model_labels.X: ['PER'] is not an entity label (use \"\" to drop it)",
        "guidelines: must be a string",
        "colours: unknown field",
    ]
    assert sorted(got) == sorted(expected)


def test_a_valid_name_with_a_bad_colour_does_not_cause_follow_up_errors():
    data = copy.deepcopy(DEFAULT)
    data["entities"][1]["colour"] = "#12345"  # ORG, the company label
    assert problems_of(data) == ["entities[1].colour: '#12345' is not a colour like #1f77b4"]


@pytest.mark.parametrize("data,kind", [([], "list"), ("schema", "str"), (None, "NoneType")])
def test_a_schema_must_be_an_object(data, kind):
    with pytest.raises(SchemaError) as info:
        Schema.from_dict(data, origin="s.json")
    assert info.value.code == "E101"
    assert f"s.json: the schema must be a JSON object, got {kind}" in str(info.value)


def test_missing_layers_are_each_reported():
    assert problems_of({}) == [
        "entities: must be a non-empty list of labels",
        "sentiments: must be a non-empty list of labels",
        "events: must be a non-empty list of labels",
        "company_label: 'ORG' is not one of the entity labels",
    ]


def test_schema_file_errors_say_where(tmp_path):
    path = tmp_path / "s.json"
    path.write_text('{\n  "entities": [\n}\n', encoding="utf-8")
    with pytest.raises(SchemaError, match=r"\[E105\] .*s\.json:3: not valid JSON"):
        load_schema_file(path)
    path.write_bytes(b'{\n"guidelines": "\xe9"}')
    with pytest.raises(SchemaError, match=r"\[E104\] .*s\.json:2: the schema file is not UTF-8"):
        load_schema_file(path)
    path.write_text(json.dumps({"entities": []}), encoding="utf-8")
    with pytest.raises(SchemaError, match=r"s\.json: invalid label schema") as info:
        load_schema_file(path)
    assert "entities: must be a non-empty list" in str(info.value)
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(DEFAULT).encode())  # a BOM is fine
    assert load_schema_file(path) == default_schema()
