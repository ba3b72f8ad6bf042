//! `musharaka`: the one binary (server, migrations, demo data, administration, counting).

/// mimalloc rather than glibc's malloc. An argon2 password hash (each login, each demo
/// account) takes 19 MiB; once glibc frees a block that large it raises its threshold for
/// handing big blocks back to the system, and every later hash stays in the heap: the
/// server held 134 MB after loading the demo (31 MB without it; 44 MB with mimalloc).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    if let Err(message) = musharaka_cli::run() {
        // One line, whatever the cause printed (libpq's messages span several).
        let line = message.split_whitespace().collect::<Vec<_>>().join(" ");
        eprintln!("musharaka: {line}");
        std::process::exit(1);
    }
}
