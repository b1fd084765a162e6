import CollabGraph

/// Core–periphery of a run's context, for commands, the report and maps.
extension AnalysisContext {
    /// The discrete core/periphery split of the main view (directed only with
    /// `--directed`), weighted as the run asks, over the ``profiledActors`` (networks
    /// known only from memberships are left out). ``DiscreteCorePeriphery/inCore`` per
    /// actor. With the default options it is computed once per run and shared.
    public func corePeriphery(_ options: CorePeripheryOptions = CorePeripheryOptions()) -> DiscreteCorePeriphery {
        var options = options
        options.weighted = weighted
        let compute = { DiscreteCorePeriphery(view: self.view, options: options, included: self.profiledActors) }
        guard options == { var standard = CorePeripheryOptions(); standard.weighted = weighted; return standard }() else {
            return compute()
        }
        return store.value(.corePeriphery, compute)
    }

    /// Continuous coreness of every actor on the main view (the per-actor colouring of a
    /// map), its fit over the ``profiledActors``; once per run.
    public func continuousCoreness() -> ContinuousCorePeriphery {
        store.value(.continuousCoreness) { ContinuousCorePeriphery(view: view, weighted: weighted, included: profiledActors) }
    }
}
