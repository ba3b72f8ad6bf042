//! Account forms: registration.

use serde::Deserialize;
use validator::Validate;

#[derive(Deserialize, Validate, Default, Clone)]
pub struct RegisterForm {
    #[validate(length(min = 2, max = 120, message = "field-required"))]
    pub name: String,
    #[validate(email(message = "field-email"))]
    pub email: String,
    #[validate(length(min = 10, max = 200, message = "field-password-short"))]
    pub password: String,
    #[serde(default)]
    pub commune: String,
    #[serde(default)]
    pub lang: String,
}
