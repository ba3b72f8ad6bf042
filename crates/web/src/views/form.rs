//! Form pieces that mark invalid fields and show their message.

use crate::ctx::Ctx;
use maud::{html, Markup};

/// Field errors: (input name, Fluent message id).
pub type FieldErrors = Vec<(String, String)>;

pub fn error_for<'a>(errors: &'a FieldErrors, name: &str) -> Option<&'a str> {
    errors
        .iter()
        .find(|(f, _)| f == name)
        .map(|(_, m)| m.as_str())
}

pub fn csrf(ctx: &Ctx) -> Markup {
    html! { input type="hidden" name="csrf_token" value=(ctx.csrf); }
}

/// The banner above a form that has errors.
pub fn summary(ctx: &Ctx, errors: &FieldErrors) -> Markup {
    html! {
        @if !errors.is_empty() {
            p.flash.error role="alert" { (ctx.t("form-has-errors")) }
        }
    }
}

/// A labelled field wrapper around any control, with its error message.
pub fn field(ctx: &Ctx, errors: &FieldErrors, name: &str, label: &str, control: Markup) -> Markup {
    field_labelled(ctx, errors, name, &ctx.t(label), control)
}

/// `field` with a label already translated (one that takes arguments).
pub fn field_labelled(
    ctx: &Ctx,
    errors: &FieldErrors,
    name: &str,
    label: &str,
    control: Markup,
) -> Markup {
    let err = error_for(errors, name);
    html! {
        div.field.invalid[err.is_some()] {
            label for=(name) { (label) }
            (control)
            @if let Some(m) = err { p.error id={ (name) "-error" } { (ctx.t(m)) } }
        }
    }
}

pub struct Input<'a> {
    pub name: &'a str,
    pub label: &'a str,
    pub value: &'a str,
    pub kind: &'a str,
    pub required: bool,
}

pub fn input(ctx: &Ctx, errors: &FieldErrors, i: Input<'_>) -> Markup {
    row_input(ctx, errors, i.name, i)
}

/// [`input`] in a form repeated on a page (one per row, e.g. per agenda item): posted as
/// `i.name`, as the form's handler reads it, but identified and marked as `field` (e.g.
/// `reasons-12`), so that each row's control and error are its own.
pub fn row_input(ctx: &Ctx, errors: &FieldErrors, field_id: &str, i: Input<'_>) -> Markup {
    let invalid = error_for(errors, field_id).is_some();
    field(
        ctx,
        errors,
        field_id,
        i.label,
        html! {
            input id=(field_id) name=(i.name) type=(i.kind) value=(i.value) required[i.required]
                aria-invalid=[invalid.then_some("true")]
                aria-describedby=[invalid.then(|| format!("{field_id}-error"))];
        },
    )
}

/// A file field (`accept`: the MIME types offered), marked like the other controls when
/// the upload was refused.
pub fn file(ctx: &Ctx, errors: &FieldErrors, name: &str, label: &str, accept: &str) -> Markup {
    let invalid = error_for(errors, name).is_some();
    field(
        ctx,
        errors,
        name,
        label,
        html! {
            input id=(name) name=(name) type="file" accept=(accept)
                aria-invalid=[invalid.then_some("true")]
                aria-describedby=[invalid.then(|| format!("{name}-error"))];
        },
    )
}

pub fn text(
    ctx: &Ctx,
    errors: &FieldErrors,
    name: &str,
    label: &str,
    value: &str,
    required: bool,
) -> Markup {
    typed(ctx, errors, "text", (name, label, value), required)
}

pub fn date(
    ctx: &Ctx,
    errors: &FieldErrors,
    name: &str,
    label: &str,
    value: &str,
    required: bool,
) -> Markup {
    typed(ctx, errors, "date", (name, label, value), required)
}

/// An [`input`] of type `kind` (`"email"`, `"tel"`…): its (name, label, value).
pub fn typed(
    ctx: &Ctx,
    errors: &FieldErrors,
    kind: &str,
    (name, label, value): (&str, &str, &str),
    required: bool,
) -> Markup {
    input(
        ctx,
        errors,
        Input {
            name,
            label,
            value,
            kind,
            required,
        },
    )
}

/// A select over (value, already translated label) options.
pub fn select(
    ctx: &Ctx,
    errors: &FieldErrors,
    name: &str,
    label: &str,
    options: &[(String, String)],
    selected: &str,
) -> Markup {
    row_select(ctx, errors, (name, name), label, options, selected)
}

/// [`select`] in a form repeated on a page: posted as `name`, identified and marked as
/// `field_id` (see [`row_input`]).
pub fn row_select(
    ctx: &Ctx,
    errors: &FieldErrors,
    (field_id, name): (&str, &str),
    label: &str,
    options: &[(String, String)],
    selected: &str,
) -> Markup {
    field(
        ctx,
        errors,
        field_id,
        label,
        html! {
            select id=(field_id) name=(name) {
                @for (value, text) in options {
                    option value=(value) selected[value == selected] { (text) }
                }
            }
        },
    )
}

/// The choices of an enumeration for [`select`]: (its key, the translation of
/// `{prefix}{key}`), in the order of `all`.
pub fn options<T: Copy>(
    ctx: &Ctx,
    all: &[T],
    key: fn(T) -> &'static str,
    prefix: &str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (key(*v).to_string(), ctx.t(&format!("{prefix}{}", key(*v)))))
        .collect()
}

/// A labelled text area of `rows` lines.
pub fn textarea(
    ctx: &Ctx,
    errors: &FieldErrors,
    name: &str,
    label: &str,
    value: &str,
    rows: u8,
) -> Markup {
    field(
        ctx,
        errors,
        name,
        label,
        html! { textarea id=(name) name=(name) rows=(rows) { (value) } },
    )
}

/// A form of one button posting to `action` (a delete, a revoke, a signature…): the CSRF
/// token and the button labelled by the Fluent id `label`, `secondary` or primary.
pub fn button_post(ctx: &Ctx, action: &str, label: &str, secondary: bool) -> Markup {
    html! {
        form.inline method="post" action=(action) {
            (csrf(ctx))
            @if secondary {
                button.secondary type="submit" { (ctx.t(label)) }
            } @else {
                button type="submit" { (ctx.t(label)) }
            }
        }
    }
}

/// A form's error banner, then the form posting to `action`: the CSRF token, `fields`, and
/// its submit button labelled by the Fluent id `submit`.
pub fn post_form(
    ctx: &Ctx,
    errors: &FieldErrors,
    action: &str,
    fields: Markup,
    submit: &str,
) -> Markup {
    html! {
        (summary(ctx, errors))
        form.stack method="post" action=(action) novalidate {
            (csrf(ctx))
            (fields)
            div { button type="submit" { (ctx.t(submit)) } }
        }
    }
}
