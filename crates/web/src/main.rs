//! `musharaka`: the one binary (server, migrations, demo data, administration).

fn main() {
    if let Err(message) = musharaka_web::cli::run() {
        eprintln!("musharaka: {message}");
        std::process::exit(1);
    }
}
