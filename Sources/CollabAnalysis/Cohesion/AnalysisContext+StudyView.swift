import CollabGraph

extension AnalysisContext {
    /// The main view, restricted to ``profiledActors`` when the context leaves actors out
    /// (nil otherwise), with the note that says so.
    public var studyView: (induced: InducedView?, note: String?) {
        guard let mask = profiledActors else { return (nil, nil) }
        return (InducedView(view, keeping: mask), profiledActorsNote)
    }
}
