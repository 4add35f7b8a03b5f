import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the terminal allows: colour only on a terminal and never with
/// `NO_COLOR`; progress only when stderr is a terminal.
enum Terminal {
    static let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
    static let stderrIsTerminal = isatty(STDERR_FILENO) == 1
    static let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false

    static var colorStdout: Bool { stdoutIsTerminal && !noColor }
    static var colorStderr: Bool { stderrIsTerminal && !noColor }

    /// Terminal width for tables, or nil when not a terminal.
    static var width: Int? {
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 100
    }

    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
    }

    static func styled(_ text: String, _ style: Style, stderr: Bool = false) -> String {
        (stderr ? colorStderr : colorStdout) ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// `dossier: error: …` on stderr.
    static func error(_ message: String) {
        writeStderr(styled("error:", .red, stderr: true) + " " + message + "\n")
    }

    static func warning(_ message: String) {
        writeStderr(styled("warning:", .yellow, stderr: true) + " " + message + "\n")
    }

    /// A path or name safe to print on one line: control characters (a
    /// newline in a file name) shown escaped, so `path: error: reason` stays
    /// one line that tools can parse.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                out += scalar == "\n" ? "\\n" : scalar == "\t" ? "\\t" : String(format: "\\x%02X", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func writeStderr(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
