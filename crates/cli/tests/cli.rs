//! The `musharaka` binary's command line, run as a user would.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

const SMALL: &str = "META\nkey;value\ndescription;test\nnum_projects;3\nnum_votes;3\nbudget;100\nvote_type;approval\nrule;greedy\n\
PROJECTS\nproject_id;cost\n1;60\n2;50\n11;40\nVOTES\nvoter_id;vote\nv1;1,2\nv2;1,11\nv3;2,11\n";

fn musharaka(args: &[&str]) -> std::process::Output {
    musharaka_with(args, &[])
}

/// Runs the binary with `args` and these environment variables set.
fn musharaka_with(args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_musharaka"))
        .args(args)
        .envs(env.iter().copied())
        .output()
        .expect("run musharaka")
}

#[test]
fn pb_count_prints_the_outcome_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("small.pb");
    std::fs::write(&file, SMALL).unwrap();
    let out = musharaka(&["pb", "count", "--rule", "greedy", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["rule"], "greedy");
    // Every project has two approvals; ties go to the smaller id as a string: "1" < "11" < "2".
    assert_eq!(v["winners"], serde_json::json!(["1", "11"]));
    assert_eq!(v["total_cost"], "100");
}

#[test]
fn bad_arguments_fail_with_one_clear_line() {
    let out = musharaka(&["pb", "count", "--rule", "nope", "x.pb"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("musharaka: unknown rule"), "{err}");
    let out = musharaka_with(&["migrate"], &[("DATABASE_URL", "mysql://nowhere")]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("must start with sqlite:// or postgres://")
    );
    let out = musharaka_with(
        &["migrate"],
        &[("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn migrate_demo_and_create_admin_on_a_fresh_file() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("m.db").display());
    let data = dir.path().to_str().unwrap();
    let mail = format!("file://{}", dir.path().join("mail").display());
    let run = |args: &[&str]| {
        musharaka_with(
            args,
            &[
                ("DATABASE_URL", &url),
                ("MUSHARAKA_DATA_DIR", data),
                ("MUSHARAKA_MAIL_URL", &mail),
            ],
        )
    };
    assert!(run(&["migrate"]).status.success());
    let demo = run(&["demo"]);
    assert!(String::from_utf8_lossy(&demo.stdout).contains("demo data loaded"));
    let again = run(&["demo"]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("not loaded"));
    let ok = run(&[
        "create-admin",
        "--email",
        "focal@tiznit.ma",
        "--name",
        "Focal",
        "--commune",
        "tiznit",
        "--role",
        "admin",
        "--password",
        "a-long-password",
    ]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let bad = run(&[
        "create-admin",
        "--email",
        "x@tiznit.ma",
        "--name",
        "X",
        "--commune",
        "atlantis",
        "--role",
        "admin",
        "--password",
        "a-long-password",
    ]);
    assert!(!bad.status.success());
}

#[test]
fn serve_refuses_the_published_secrets_off_loopback_and_in_production() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("s.db").display());
    let serve = |args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_musharaka"));
        cmd.arg("serve")
            .args(args)
            .env("DATABASE_URL", &url)
            .env("MUSHARAKA_DATA_DIR", dir.path())
            .env_remove("MUSHARAKA_SESSION_SECRET")
            .env_remove("MUSHARAKA_CIN_KEY")
            .env_remove("MUSHARAKA_ENV");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    };
    let out = serve(&["--bind", "0.0.0.0:0"], &[]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("musharaka: session_secret and cin_key still hold the published"),
        "{err}"
    );
    let out = serve(
        &["--bind", "127.0.0.1:0"],
        &[("MUSHARAKA_ENV", "production")],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("production"));
    let out = serve(
        &["--bind", "0.0.0.0:0"],
        &[("MUSHARAKA_SESSION_SECRET", &"s".repeat(40))],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("musharaka: cin_key still"));
    // Nothing was created: the refusal comes before the database is touched.
    assert!(!dir.path().join("s.db").exists());
}
