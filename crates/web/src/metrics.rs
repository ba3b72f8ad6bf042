//! Request metrics for `/metrics` (Prometheus text format 0.0.4): requests by method,
//! route pattern and status, and a latency histogram by route. Kept in this process
//! (each server process is scraped on its own); routes are patterns (`/{slug}`), never
//! raw paths, so the label set stays small and carries no personal data.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Instant;

/// Upper bounds of the latency buckets, in seconds.
pub const BUCKETS: [f64; 11] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

#[derive(Default)]
struct Histogram {
    buckets: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

#[derive(Default)]
struct Recorded {
    requests: BTreeMap<(String, String, u16), u64>,
    latency: BTreeMap<String, Histogram>,
}

static RECORDED: Mutex<Recorded> = Mutex::new(Recorded {
    requests: BTreeMap::new(),
    latency: BTreeMap::new(),
});

fn recorded() -> std::sync::MutexGuard<'static, Recorded> {
    match RECORDED.lock() {
        Ok(g) => g,
        Err(poisoned) => poisoned.into_inner(),
    }
}

/// Counts one answered request.
pub fn record(method: &str, route: &str, status: u16, seconds: f64) {
    let mut r = recorded();
    *r.requests
        .entry((method.to_string(), route.to_string(), status))
        .or_insert(0) += 1;
    let h = r.latency.entry(route.to_string()).or_default();
    for (i, bound) in BUCKETS.iter().enumerate() {
        if seconds <= *bound {
            h.buckets[i] += 1;
        }
    }
    h.sum += seconds;
    h.count += 1;
}

/// Middleware: records every request with its route pattern (`unmatched` when no route
/// matched, so random paths do not grow the label set).
pub async fn observe(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let start = Instant::now();
    let method = req.method().as_str().to_string();
    let res = next.call(req).await?;
    let route = res
        .request()
        .match_pattern()
        .unwrap_or_else(|| "unmatched".into());
    record(
        &method,
        &route,
        res.status().as_u16(),
        start.elapsed().as_secs_f64(),
    );
    Ok(res)
}

/// A label value as the text format wants it: backslash, double quote and newline escaped.
pub fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// Gauges read at scrape time.
pub struct Gauges {
    pub pool_max: u32,
    pub pool_open: u32,
    pub pool_idle: u32,
    pub jobs_waiting: i64,
    pub jobs_failed: i64,
}

/// The whole exposition: recorded requests and latencies, then the gauges.
pub fn render(g: &Gauges) -> String {
    let r = recorded();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# HELP musharaka_http_requests_total HTTP requests answered, by method, route pattern and status.\n\
         # TYPE musharaka_http_requests_total counter"
    );
    for ((method, route, status), n) in &r.requests {
        let _ = writeln!(
            out,
            "musharaka_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{status}\"}} {n}",
            escape(method),
            escape(route)
        );
    }
    let _ = writeln!(
        out,
        "# HELP musharaka_http_request_duration_seconds Time to answer a request, by route pattern.\n\
         # TYPE musharaka_http_request_duration_seconds histogram"
    );
    for (route, h) in &r.latency {
        let route = escape(route);
        for (bound, n) in BUCKETS.iter().zip(h.buckets.iter()) {
            let _ = writeln!(
                out,
                "musharaka_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {n}"
            );
        }
        let _ = writeln!(
            out,
            "musharaka_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}\n\
             musharaka_http_request_duration_seconds_sum{{route=\"{route}\"}} {}\n\
             musharaka_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
            h.count, h.sum, h.count
        );
    }
    drop(r);
    let gauge = |out: &mut String, name: &str, help: &str, value: String| {
        let _ = writeln!(
            out,
            "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}"
        );
    };
    gauge(
        &mut out,
        "musharaka_db_pool_max_connections",
        "Largest number of database connections the pool opens.",
        g.pool_max.to_string(),
    );
    let _ = writeln!(
        out,
        "# HELP musharaka_db_pool_connections Open database connections, in use or idle.\n\
         # TYPE musharaka_db_pool_connections gauge\n\
         musharaka_db_pool_connections{{state=\"in_use\"}} {}\n\
         musharaka_db_pool_connections{{state=\"idle\"}} {}",
        g.pool_open.saturating_sub(g.pool_idle),
        g.pool_idle
    );
    gauge(
        &mut out,
        "musharaka_jobs_waiting",
        "Background jobs (mail, events) waiting to run.",
        g.jobs_waiting.to_string(),
    );
    gauge(
        &mut out,
        "musharaka_jobs_failed",
        "Background jobs that failed for good and wait for a human.",
        g.jobs_failed.to_string(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(escape(r#"a"b\c"#), r#"a\"b\\c"#);
        assert_eq!(escape("x\ny"), "x\\ny");
    }

    #[test]
    fn a_request_lands_in_every_bucket_at_or_above_its_time() {
        record("GET", "/__unit_test_route", 200, 0.03);
        let text = render(&Gauges {
            pool_max: 4,
            pool_open: 3,
            pool_idle: 1,
            jobs_waiting: 2,
            jobs_failed: 0,
        });
        let line = |le: &str| {
            format!("musharaka_http_request_duration_seconds_bucket{{route=\"/__unit_test_route\",le=\"{le}\"}} ")
        };
        assert!(text.contains(&(line("0.025") + "0")), "{text}");
        assert!(text.contains(&(line("0.05") + "1")), "{text}");
        assert!(text.contains(&(line("+Inf") + "1")), "{text}");
        assert!(text.contains("musharaka_db_pool_connections{state=\"in_use\"} 2"));
    }
}
