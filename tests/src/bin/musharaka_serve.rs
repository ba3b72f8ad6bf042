//! The `musharaka` command, built again inside this package so that its tests (the
//! two-process test) find it as `CARGO_BIN_EXE_musharaka_serve`: cargo builds it for them.

fn main() {
    if let Err(message) = musharaka_cli::run() {
        let line = message.split_whitespace().collect::<Vec<_>>().join(" ");
        eprintln!("musharaka: {line}");
        std::process::exit(1);
    }
}
