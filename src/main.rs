fn main() {
    std::process::exit(pgscreen::cli::run());
}
