//! gzip for pages, stylesheets, feeds and JSON (issue 17). Our bodies are whole byte
//! buffers (maud pages, CSV, JSON), so they are compressed in place on the worker thread
//! at the fast level: actix's `Compress` hands every body over 1 KiB to the blocking pool,
//! one thread hop per response. Every compressible response says
//! `Vary: Accept-Encoding`, so a shared cache never serves gzip to a client that did
//! not ask for it.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use std::io::Write;

/// Bodies smaller than this are sent as they are (gzip would not gain a packet).
const MIN_SIZE: usize = 860;

/// Whether an `Accept-Encoding` header accepts gzip (`gzip` or `*`, with a q-value
/// above zero).
pub fn accepts_gzip(value: &str) -> bool {
    value.split(',').any(|part| {
        let mut fields = part.split(';');
        let coding = fields.next().unwrap_or("").trim();
        let refused = fields.any(|f| {
            let f = f.trim();
            f.strip_prefix("q=")
                .or_else(|| f.strip_prefix("Q="))
                .is_some_and(|q| q.trim().parse::<f32>().is_ok_and(|q| q <= 0.0))
        });
        (coding.eq_ignore_ascii_case("gzip") || coding == "*") && !refused
    })
}

/// Whether a request's headers accept gzip.
pub fn takes_gzip(headers: &header::HeaderMap) -> bool {
    headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(accepts_gzip)
}

/// Whether a content type is worth compressing (text, JSON, XML, SVG, CSV, calendars).
fn compressible(content_type: &str) -> bool {
    let ct = content_type.to_ascii_lowercase();
    ct.starts_with("text/")
        || ct.contains("json")
        || ct.contains("xml")
        || ct.contains("javascript")
        || ct.contains("svg")
}

fn gzip_bytes(bytes: &[u8], level: flate2::Compression) -> std::io::Result<Vec<u8>> {
    let mut encoder =
        flate2::write::GzEncoder::new(Vec::with_capacity(bytes.len() / 4 + 64), level);
    encoder.write_all(bytes)?;
    encoder.finish()
}

/// `bytes` gzipped once to be sent many times (a kept page: see `cache::shared`), at the
/// default level since the cost is paid once; `None` where gzip would not gain a packet.
pub fn compressed_once(bytes: &[u8]) -> Option<Vec<u8>> {
    if bytes.len() < MIN_SIZE {
        return None;
    }
    gzip_bytes(bytes, flate2::Compression::default()).ok()
}

/// The middleware.
pub async fn gzip(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let accepts = takes_gzip(req.headers());
    let mut res = next.call(req).await?.map_into_boxed_body();
    let fits = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(compressible)
        && !res.headers().contains_key(header::CONTENT_ENCODING);
    if !fits {
        return Ok(res);
    }
    res.headers_mut()
        .append(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    if !accepts {
        return Ok(res);
    }
    let (req, response) = res.into_parts();
    let (response, body) = response.into_parts();
    let bytes = match body.try_into_bytes() {
        Ok(bytes) => bytes,
        // A streamed body (a file download) goes as it is.
        Err(body) => return Ok(ServiceResponse::new(req, response.set_body(body))),
    };
    if bytes.len() < MIN_SIZE {
        return Ok(ServiceResponse::new(
            req,
            response.set_body(BoxBody::new(bytes)),
        ));
    }
    let mut response = match gzip_bytes(&bytes, flate2::Compression::fast()) {
        Ok(zipped) => {
            let mut r = response.set_body(BoxBody::new(zipped));
            r.headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            r
        }
        Err(_) => response.set_body(BoxBody::new(bytes)),
    };
    response.headers_mut().remove(header::CONTENT_LENGTH);
    Ok(ServiceResponse::new(req, response))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_accept_encoding() {
        assert!(accepts_gzip("gzip, deflate, br"));
        assert!(accepts_gzip("br;q=1.0, gzip;q=0.8"));
        assert!(accepts_gzip("*"));
        assert!(accepts_gzip("GZIP"));
        assert!(!accepts_gzip("gzip;q=0"));
        assert!(!accepts_gzip("identity"));
        assert!(!accepts_gzip("br, deflate"));
    }

    #[test]
    fn gzip_round_trips() {
        use std::io::Read;
        let text = "<p>مشاركة</p>".repeat(200);
        let zipped = gzip_bytes(text.as_bytes(), flate2::Compression::fast()).expect("gzip");
        assert!(zipped.len() < text.len() / 4);
        let mut out = String::new();
        flate2::read::GzDecoder::new(&zipped[..])
            .read_to_string(&mut out)
            .expect("gunzip");
        assert_eq!(out, text);
    }
}
