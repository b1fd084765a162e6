import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The temporary files and folders of outputs being written, so that none outlives the run.
///
/// Temporaries sit beside their destination under hidden names, `.NAME.collab-tmp-PID`
/// (and `.NAME.collab-old-PID` for a replaced folder on its way out), so they are never
/// mistaken for outputs. They are removed when the write finishes or fails, on SIGINT,
/// SIGTERM and SIGHUP (the signal then takes its default course), and, for runs killed
/// outright (SIGKILL, power loss), by the next write beside the same destination, which
/// removes temporaries whose process no longer exists.
final class TemporaryOutputs: Sendable {
    static let shared = TemporaryOutputs()

    /// The registered temporaries and the installed signal sources.
    private struct State {
        var paths: Set<String> = []
        var sources: [DispatchSourceSignal] = []
    }
    private let state = Mutex(State())

    /// The hidden temporary beside `destination` for this process, of the given role.
    static func path(for destination: String, role: Role) -> String {
        let url = URL(fileURLWithPath: destination)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).collab-\(role.rawValue)-\(getpid())").path
    }

    enum Role: String { case temporary = "tmp", old = "old" }

    func register(_ path: String) {
        state.withLock { state in
            state.paths.insert(path)
            if state.sources.isEmpty { installHandlers(&state) }
        }
    }

    /// Forgets `path`, removing what is there when `remove` (a failed or finished write).
    func release(_ path: String, remove: Bool) {
        state.withLock { state in
            state.paths.remove(path)
            if remove { try? FileManager.default.removeItem(atPath: path) }
        }
    }

    /// Removes every registered temporary and ends the process by `sig`, holding the lock
    /// throughout: a writer that finishes or fails meanwhile waits in ``release(_:remove:)``
    /// instead of exiting first with its own status.
    private func removeAllAndRaise(_ sig: Int32) {
        state.withLock { state in
            for path in state.paths { try? FileManager.default.removeItem(atPath: path) }
            state.paths.removeAll()
            signal(sig, SIG_DFL)
            // To the process, not this thread: Dispatch's threads block signals, so raise(3)
            // here would leave it pending. Delivery is asynchronous; keep the lock meanwhile.
            kill(getpid(), sig)
            sleep(5)
        }
    }

    private func installHandlers(_ state: inout State) {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            // A signal the parent asked us to ignore (nohup, background jobs) stays ignored.
            let previous = signal(sig, SIG_IGN)
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [self] in removeAllAndRaise(sig) }
            source.resume()
            state.sources.append(source)
        }
    }

    /// Removes temporaries of earlier, killed runs beside `destination`: hidden entries
    /// `.NAME.collab-tmp-PID`, `.NAME.collab-old-PID` (and the older `.NAME.tmp-PID`)
    /// whose PID names no running process.
    static func removeStale(beside destination: String) {
        let url = URL(fileURLWithPath: destination)
        let folder = url.deletingLastPathComponent().path
        let prefix = "." + url.lastPathComponent + "."
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            let rest = entry.dropFirst(prefix.count)
            let pidText: Substring
            if rest.hasPrefix("collab-tmp-") || rest.hasPrefix("collab-old-") {
                pidText = rest.dropFirst("collab-tmp-".count)
            } else if rest.hasPrefix("tmp-") {
                pidText = rest.dropFirst("tmp-".count)
            } else { continue }
            guard let pid = Int32(pidText), pid > 0, pid != getpid() else { continue }
            guard kill(pid, 0) == -1 && errno == ESRCH else { continue }
            // An old folder set aside by a run killed before its new one was in place is
            // the only copy: it goes back. Anything else of a dead run goes.
            if rest.hasPrefix("collab-old-") && !FileManager.default.fileExists(atPath: destination) {
                rename(folder + "/" + entry, destination)
            } else {
                try? FileManager.default.removeItem(atPath: folder + "/" + entry)
            }
        }
    }
}

/// Writing bytes with POSIX calls, so failures carry `errno` and become sentences.
enum FileBytes {
    /// Creates `path` (which must not exist) holding `data`, flushed to the device.
    static func writeNew(_ data: Data, to path: String, mode: mode_t = 0o666) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(path) }
        do {
            try writeAll(data, to: fd, path: path)
            guard fsync(fd) == 0 else { throw failure(path) }
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw failure(path) }
    }

    /// Writes all of `data` to an open descriptor, retrying interrupted and short writes.
    static func writeAll(_ data: Data, to fd: Int32, path: String) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count {
                let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure(path)
                }
                offset += written
            }
        }
    }

    /// The current `errno` as an error naming `path`.
    static func failure(_ path: String, _ code: Int32 = errno) -> InputError {
        InputError(file: path, "cannot write: \(reason(code))")
    }

    /// A sentence fragment for an errno value (`no space left on device`).
    static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
