import Foundation
import CollabGraph

/// Where a command's text goes: results to `out` (stdout), messages to `err` (stderr).
/// Tests capture both with ``Console/capturing()``.
public final class Console: @unchecked Sendable {
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    /// Whether stderr is an interactive terminal (progress lines are shown only then).
    public let errorIsTerminal: Bool
    private let lock = NSLock()

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void, errorIsTerminal: Bool) {
        writeOut = out
        writeErr = err
        self.errorIsTerminal = errorIsTerminal
    }

    public static var standard: Console {
        Console(out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
                err: { text in FileHandle.standardError.write(Data(text.utf8)) },
                errorIsTerminal: isatty(2) == 1)
    }

    /// A console that keeps everything written in `capturedOut` / `capturedErr`.
    public static func capturing() -> Console {
        let box = CaptureBox()
        let console = Console(out: { box.out += $0 }, err: { box.err += $0 }, errorIsTerminal: false)
        console.box = box
        return console
    }

    private final class CaptureBox: @unchecked Sendable { var out = ""; var err = "" }
    private var box: CaptureBox?

    public var standardOutput: String { box?.out ?? "" }
    public var standardError: String { box?.err ?? "" }

    public func out(_ text: String) { lock.lock(); defer { lock.unlock() }; writeOut(text) }
    public func err(_ text: String) { lock.lock(); defer { lock.unlock() }; writeErr(text) }

    /// A progress reporter for long work: redraws one stderr line when stderr is a
    /// terminal, does nothing otherwise. Safe to call from several threads.
    public func progress(_ label: String) -> (@Sendable (Int, Int) -> Void)? {
        guard errorIsTerminal else { return nil }
        let state = ProgressState()
        return { [self] done, total in
            let percent = total > 0 ? done * 100 / total : 100
            guard state.advance(to: percent) else { return }
            self.err("\r\(label): \(percent)% (\(done)/\(total))" + (done >= total ? "\n" : ""))
        }
    }

    /// A stage reporter for work in steps: on a terminal, redraws one stderr line
    /// "label: stage (elapsed)" as each stage starts and clears it at the end
    /// (`finish`); nothing when stderr is not a terminal.
    public func stages(_ label: String) -> (stage: (@Sendable (String) -> Void)?, finish: @Sendable () -> Void) {
        guard errorIsTerminal else { return (nil, {}) }
        let start = ContinuousClock.now
        let stage: @Sendable (String) -> Void = { [self] name in
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            self.err("\r\u{1B}[K\(label): \(name) (\(NumberFormat.fixed(seconds, digits: 1)) s)")
        }
        return (stage, { [self] in self.err("\r\u{1B}[K") })
    }

    private final class ProgressState: @unchecked Sendable {
        private let lock = NSLock()
        private var last = -1
        func advance(to percent: Int) -> Bool {
            lock.lock(); defer { lock.unlock() }
            if percent == last { return false }
            last = percent
            return true
        }
    }

    /// Writes a command's result: to `path` atomically when given (a note on stderr),
    /// otherwise (or for `-`) to stdout. See ``AtomicFile`` for devices, FIFOs and links.
    public func emit(_ text: String, to path: String?) throws {
        if let path, path != "-" {
            try AtomicFile.write(text, to: path)
            err("Wrote \(path)\n")
        } else {
            out(text)
        }
    }
}
