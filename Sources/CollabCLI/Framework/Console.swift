import Foundation
import CollabGraph
import Synchronization

/// Where a command's text goes: results to `out` (stdout), messages to `err` (stderr).
/// Tests capture both with ``Console/capturing()``.
///
/// `@unchecked Sendable` because the writers are caller-supplied closures that are not
/// `@Sendable` (a test's writer appends to its own state) and `box` is set once after init
/// in ``capturing()``; every call of a writer happens under `lock`, so they never run
/// concurrently. The checked form (`@Sendable` writers, `sending` into a `Mutex`) would
/// change the public initialiser every command and test uses.
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
        Console(out: { text in StandardStream.write(text, to: 1) },
                err: { text in StandardStream.write(text, to: 2) },
                errorIsTerminal: isatty(2) == 1)
    }

    /// A console that keeps everything written in `capturedOut` / `capturedErr`.
    public static func capturing() -> Console {
        let box = CaptureBox()
        let console = Console(out: { text in box.out.withLock { $0 += text } },
                              err: { text in box.err.withLock { $0 += text } }, errorIsTerminal: false)
        console.box = box
        return console
    }

    private final class CaptureBox: Sendable { let out = Mutex(""); let err = Mutex("") }
    private var box: CaptureBox?

    public var standardOutput: String { box?.out.withLock { $0 } ?? "" }
    public var standardError: String { box?.err.withLock { $0 } ?? "" }

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
    ///
    /// With `lines`, every stage is printed on a line of its own, terminal or not, with the
    /// time since the start, the processor time so far and the process's resident memory
    /// ("report: centrality (3.1 s, 2.9 s CPU, 412 MB)"), so a log shows which stage dominates.
    public func stages(_ label: String, lines: Bool = false) -> (stage: (@Sendable (String) -> Void)?, finish: @Sendable () -> Void) {
        if lines {
            let start = ContinuousClock.now
            let stage: @Sendable (String) -> Void = { [self] name in
                let elapsed = ContinuousClock.now - start
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                let memory = Console.residentMegabytes().map { ", \($0) MB" } ?? ""
                let cpu = ", \(NumberFormat.fixed(Console.processorSeconds(), digits: 1)) s CPU"
                self.err("\(label): \(name) (\(NumberFormat.fixed(seconds, digits: 1)) s\(cpu)\(memory))\n")
            }
            return (stage, { stage("done") })
        }
        guard errorIsTerminal else { return (nil, {}) }
        let start = ContinuousClock.now
        let stage: @Sendable (String) -> Void = { [self] name in
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            self.err("\r\u{1B}[K\(label): \(name) (\(NumberFormat.fixed(seconds, digits: 1)) s)")
        }
        return (stage, { [self] in self.err("\r\u{1B}[K") })
    }

    /// The processor time of the process so far, all threads, in seconds: on a shared
    /// machine the wall clock also counts the time spent waiting for a core.
    static func processorSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The process's resident memory in megabytes (Linux `/proc/self/statm`), nil where
    /// it cannot be read.
    static func residentMegabytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    private final class ProgressState: Sendable {
        private let last = Mutex(-1)
        func advance(to percent: Int) -> Bool {
            last.withLock { last in
                if percent == last { return false }
                last = percent
                return true
            }
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
