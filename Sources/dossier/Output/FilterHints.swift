import DossierKit

/// When a `--metric` or `--subject` filter matched nothing, the known values closest to it, on stderr.
enum FilterHints {
    static func report(_ archive: Archive, metric: String?, subject: String?) async {
        if let metric, let near = try? await archive.metrics(near: metric) {
            Terminal.writeStderr("no claim has the metric '\(metric)'" + (near.isEmpty ? "" : "; closest known: " + near.joined(separator: ", ")) + "\n")
        }
        if let subject, let near = try? await archive.subjects(near: subject), !near.isEmpty {
            Terminal.writeStderr("no subject '\(subject)' with these filters; closest known: " + near.joined(separator: ", ") + "\n")
        }
    }
}
