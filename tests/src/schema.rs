//! A small JSON Schema validator for the subset our OpenAPI 3.1 document uses: `type`
//! (one or a list, `null` included), `properties`, `required`, `additionalProperties`,
//! `items`, `enum`, `const`, `$ref` to `#/components/schemas/...`, `anyOf`, `minimum`, and
//! the annotations `description`, `title`, `format`, `example`, `examples`. A keyword
//! outside the subset is an error, so the document cannot say something this check
//! silently ignores.

use serde_json::Value;

const KNOWN: [&str; 15] = [
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "const",
    "$ref",
    "anyOf",
    "minimum",
    "description",
    "title",
    "format",
    "example",
    "examples",
];

/// Every place where `value` breaks `schema` (empty: valid). `root` is the whole document
/// (for `$ref`); `path` names the place in the value (`$.items[0].id`).
pub fn validate(root: &Value, schema: &Value, value: &Value, path: &str) -> Vec<String> {
    let mut errors = Vec::new();
    check(root, schema, value, path, &mut errors);
    errors
}

fn type_matches(name: &str, value: &Value) -> bool {
    match name {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "string" => value.is_string(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => false,
    }
}

fn resolve<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    let pointer = reference.strip_prefix('#')?;
    root.pointer(pointer)
}

fn check(root: &Value, schema: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
    let Some(obj) = schema.as_object() else {
        if schema.as_bool() == Some(false) {
            errors.push(format!("{path}: not allowed here"));
        }
        return;
    };
    for key in obj.keys() {
        if !KNOWN.contains(&key.as_str()) {
            errors.push(format!("{path}: schema keyword {key:?} is not supported"));
        }
    }
    if let Some(reference) = obj.get("$ref").and_then(Value::as_str) {
        match resolve(root, reference) {
            Some(target) => check(root, target, value, path, errors),
            None => errors.push(format!("{path}: unresolved $ref {reference}")),
        }
    }
    if let Some(t) = obj.get("type") {
        let names: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        if !names.iter().any(|n| type_matches(n, value)) {
            errors.push(format!("{path}: expected {names:?}, got {value}"));
            return;
        }
    }
    if let Some(allowed) = obj.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            errors.push(format!("{path}: {value} is not one of {allowed:?}"));
        }
    }
    if let Some(c) = obj.get("const") {
        if c != value {
            errors.push(format!("{path}: {value} is not {c}"));
        }
    }
    if let (Some(min), Some(v)) = (obj.get("minimum").and_then(Value::as_f64), value.as_f64()) {
        if v < min {
            errors.push(format!("{path}: {v} is below {min}"));
        }
    }
    if let Some(options) = obj.get("anyOf").and_then(Value::as_array) {
        let fits = options
            .iter()
            .any(|o| validate(root, o, value, path).is_empty());
        if !fits {
            errors.push(format!("{path}: {value} fits none of anyOf"));
        }
    }
    if let Some(map) = value.as_object() {
        let props = obj.get("properties").and_then(Value::as_object);
        if let Some(required) = obj.get("required").and_then(Value::as_array) {
            for name in required.iter().filter_map(Value::as_str) {
                if !map.contains_key(name) {
                    errors.push(format!("{path}: missing required {name:?}"));
                }
            }
        }
        for (k, v) in map {
            let sub = format!("{path}.{k}");
            match props.and_then(|p| p.get(k)) {
                Some(s) => check(root, s, v, &sub, errors),
                None => {
                    if let Some(extra) = obj.get("additionalProperties") {
                        check(root, extra, v, &sub, errors)
                    }
                }
            }
        }
    }
    if let (Some(items), Some(list)) = (obj.get("items"), value.as_array()) {
        for (i, v) in list.iter().enumerate() {
            check(root, items, v, &format!("{path}[{i}]"), errors);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_subset_is_checked() {
        let root = json!({"components": {"schemas": {"Id": {"type": "integer", "minimum": 1}}}});
        let schema = json!({
            "type": "object",
            "required": ["id", "kind"],
            "additionalProperties": false,
            "properties": {
                "id": {"$ref": "#/components/schemas/Id"},
                "kind": {"type": "string", "enum": ["a", "b"]},
                "note": {"type": ["string", "null"]},
                "tags": {"type": "array", "items": {"type": "string"}}
            }
        });
        let ok = json!({"id": 3, "kind": "a", "note": null, "tags": ["x"]});
        assert!(validate(&root, &schema, &ok, "$").is_empty());
        let bad = json!({"id": 0, "kind": "c", "tags": [1], "extra": true});
        let errors = validate(&root, &schema, &bad, "$");
        assert_eq!(errors.len(), 4, "{errors:?}");
        let missing = validate(&root, &schema, &json!({"id": 1}), "$");
        assert_eq!(missing, ["$: missing required \"kind\""]);
        let unknown = validate(&root, &json!({"oneOf": []}), &json!(1), "$");
        assert_eq!(unknown.len(), 1);
    }
}
