import Foundation

/// Writes a command's multi-file output (a report, a dataset folder) all or nothing.
///
/// The new folder is assembled in a hidden temporary folder beside the destination
/// (`.NAME.collab-tmp-PID`): first the new files, each flushed to the device, then hard
/// links to the files already in the destination that this run does not write and that
/// are not ``owned`` (a README or notes the user keeps there). Only when all of it is
/// written is the temporary swapped in: atomically with `renameat2(RENAME_EXCHANGE)` where
/// the system has it, otherwise by two renames (the old folder moves aside to
/// `.NAME.collab-old-PID`, the new one into place). Any failure before the swap (disk
/// full included) removes the temporary and leaves the old folder whole.
///
/// - A symbolic link to a folder is followed; the link stays.
/// - A destination that exists but is not a folder is refused, as is one holding a
///   sub-folder this run does not write (it could not be carried over atomically).
/// - File names are single path components (no `/`, not `.` or `..`).
public enum OutputFolder {
    public struct File: Sendable {
        public var name: String
        public var data: Data
        public init(name: String, data: Data) { self.name = name; self.data = data }
    }

    /// Writes `files` as the folder `path`. `owned` says which names a previous run of the
    /// same command may have written: those not written this time are dropped rather than
    /// carried over (a stale `memberships.csv` would change what the folder means).
    public static func write(_ files: [File], to path: String, owned: (String) -> Bool = { _ in false }) throws {
        try write(files, to: path, owned: owned, writeFile: { data, file in try FileBytes.writeNew(data, to: file) })
    }

    /// The same, writing each file through `writeFile` (a seam for tests that inject a
    /// failure part-way, as a full disk would).
    static func write(_ files: [File], to path: String, owned: (String) -> Bool,
                      writeFile: (Data, String) throws -> Void) throws {
        var names = Set<String>()
        for file in files {
            guard !file.name.isEmpty, !file.name.contains("/"), file.name != ".", file.name != "..", !file.name.utf8.contains(0) else {
                throw InputError(file: path, "cannot write the file name '\(Excerpt.of(file.name))': not a plain file name")
            }
            guard names.insert(file.name).inserted else { throw InputError(file: path, "cannot write '\(Excerpt.of(file.name))' twice") }
        }
        // Absolute and without `.`/`..`, so that `-o .` names a folder with a parent.
        let destination = try check(path)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: destination, isDirectory: &isDirectory)
        let parent = (destination as NSString).deletingLastPathComponent
        if !parent.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw InputError(file: path, "cannot create the folder \(parent) to write into")
            }
        }
        var carried: [String] = []
        if exists {
            let entries: [String]
            do { entries = try FileManager.default.contentsOfDirectory(atPath: destination) } catch {
                throw InputError(file: path, "cannot list the existing folder to replace it")
            }
            for entry in entries.sorted() where !names.contains(entry) && !owned(entry) {
                var status = stat()
                guard lstat(destination + "/" + entry, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFDIR {
                    throw InputError(file: path, "cannot replace the folder: it holds the sub-folder '\(Excerpt.of(entry))', which this command does not write (choose a new or empty folder)")
                }
                carried.append(entry)
            }
        }
        TemporaryOutputs.removeStale(beside: destination)
        let temporary = TemporaryOutputs.path(for: destination, role: .temporary)
        TemporaryOutputs.shared.register(temporary)
        do {
            try? FileManager.default.removeItem(atPath: temporary)
            guard mkdir(temporary, 0o777) == 0 else { throw FileBytes.failure(path) }
            var old = stat()
            if exists && stat(destination, &old) == 0 { chmod(temporary, old.st_mode & 0o7777) }   // keep its permissions
            for file in files {
                do { try writeFile(file.data, temporary + "/" + file.name) } catch let error as InputError {
                    throw InputError(file: path + "/" + file.name, error.message)
                }
            }
            for entry in carried {
                let from = destination + "/" + entry, to = temporary + "/" + entry
                if link(from, to) != 0 {
                    // Another file system, or links refused: copy it instead.
                    do { try FileManager.default.copyItem(atPath: from, toPath: to) } catch {
                        throw InputError(file: path + "/" + entry, "cannot carry the existing file over into the new folder")
                    }
                }
            }
            if exists { try swap(temporary, destination, path: path) } else {
                guard rename(temporary, destination) == 0 else { throw FileBytes.failure(path) }
            }
            TemporaryOutputs.shared.release(temporary, remove: false)
        } catch let error as InputError {
            TemporaryOutputs.shared.release(temporary, remove: true)
            throw error
        }
    }

    /// Checks, before any long work, that `path` can name an output folder: it is a folder,
    /// a link to one, or does not exist yet. Returns where it leads (absolute).
    @discardableResult
    public static func check(_ path: String) throws -> String {
        let destination = URL(fileURLWithPath: try OutputPath.followingLinks(path)).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination, isDirectory: &isDirectory) && !isDirectory.boolValue {
            throw InputError(file: path, "cannot write the folder: a file of that name exists (choose a folder name, or remove the file)")
        }
        return destination
    }

    /// Puts the folder `new` in the place of `old`; afterwards `new` is gone and the old
    /// folder removed.
    private static func swap(_ new: String, _ old: String, path: String) throws {
        if Exchange.exchange(new, old) {
            // `new` now names the old folder.
            try? FileManager.default.removeItem(atPath: new)
            return
        }
        // Not registered for removal on a signal until the new folder is in place: killed
        // between the renames, the old folder waits aside and the next write puts it back.
        let aside = TemporaryOutputs.path(for: old, role: .old)
        guard rename(old, aside) == 0 else { throw FileBytes.failure(path) }
        guard rename(new, old) == 0 else {
            let code = errno
            rename(aside, old)   // put the old folder back
            throw FileBytes.failure(path, code)
        }
        try? FileManager.default.removeItem(atPath: aside)
    }
}

/// Atomic exchange of two paths, where the system offers it.
enum Exchange {
    #if os(Linux)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// glibc's `renameat2` (2.28 and later), looked up at run time: Swift's Glibc module
    /// does not declare it.
    private static let renameat2: RenameAt2? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
    private static let renameExchange: UInt32 = 2   // RENAME_EXCHANGE
    #endif

    /// Swaps the entries `a` and `b`; false when the system or file system cannot.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        guard let renameat2 else { return false }
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #elseif canImport(Darwin)
        return renamex_np(a, b, UInt32(RENAME_SWAP)) == 0
        #else
        return false
        #endif
    }
}
