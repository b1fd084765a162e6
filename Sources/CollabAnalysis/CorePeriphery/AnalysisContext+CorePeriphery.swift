import CollabGraph
/// Core–periphery of a run's context, for commands, the report and maps.
extension AnalysisContext {
    /// The discrete core/periphery split of the main view (directed only with
    /// `--directed`), weighted as the run asks, over the ``profiledActors`` (networks
    /// known only from memberships are left out). ``DiscreteCorePeriphery/inCore`` per actor.
    public func corePeriphery(_ options: CorePeripheryOptions = CorePeripheryOptions()) -> DiscreteCorePeriphery {
        var options = options
        options.weighted = weighted
        return DiscreteCorePeriphery(view: view, options: options, included: profiledActors)
    }

    /// Continuous coreness of every actor on the main view (the per-actor colouring of a
    /// map), its fit over the ``profiledActors``.
    public func continuousCoreness() -> ContinuousCorePeriphery {
        ContinuousCorePeriphery(view: view, weighted: weighted, included: profiledActors)
    }
}
