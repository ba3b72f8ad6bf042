//! Client helpers for sessions: the session cookie a response sets, requests that carry
//! a given cookie or a forwarding header.

use crate::{Client, Response};

impl Response {
    /// The value of the `mk_session` cookie this response sets, if any.
    pub fn session_token(&self) -> Option<String> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
            .find_map(|(_, v)| v.strip_prefix("mk_session="))
            .map(|v| v.split(';').next().unwrap_or_default().to_string())
            .filter(|v| !v.is_empty())
    }
}

impl Client {
    /// GET with only this session token as cookie (what a copied cookie opens).
    pub fn get_as(&mut self, path: &str, token: &str) -> Response {
        let res = self
            .agent
            .get(&self.url(path))
            .header("cookie", format!("mk_session={token}"))
            .call();
        self.finish(res)
    }

    /// Posts a form (with the current CSRF token) carrying one extra header.
    pub fn post_with(
        &mut self,
        path: &str,
        header: (&str, &str),
        fields: &[(&str, &str)],
    ) -> Response {
        if self.csrf.is_empty() {
            self.get("/login");
        }
        let csrf = self.csrf.clone();
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", csrf.as_str())];
        all.extend_from_slice(fields);
        let res = self
            .agent
            .post(&self.url(path))
            .header(header.0, header.1)
            .send_form(all.iter().copied());
        self.finish(res)
    }

    /// Posts the sign-in form as if forwarded by a proxy for the address `forwarded_for`.
    pub fn login_from(&mut self, forwarded_for: &str, email: &str, password: &str) -> Response {
        self.post_with(
            "/login",
            ("x-forwarded-for", forwarded_for),
            &[("email", email), ("password", password)],
        )
    }

    /// Signs in and returns the session token set.
    pub fn login_token(&mut self, email: &str, password: &str) -> String {
        let res = self.login(email, password);
        res.assert_status(303);
        res.session_token().expect("a session cookie")
    }
}
