//! `musharaka`: the one binary (server, migrations, demo data, administration, counting).

fn main() {
    if let Err(message) = musharaka_cli::run() {
        // One line, whatever the cause printed (libpq's messages span several).
        let line = message.split_whitespace().collect::<Vec<_>>().join(" ");
        eprintln!("musharaka: {line}");
        std::process::exit(1);
    }
}
