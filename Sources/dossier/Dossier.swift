import ArgumentParser

@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "A document-and-evidence knowledge base.")
}
