/// Every `collab` subcommand, in the order `collab --help` lists them. Add new commands here.
let registeredCommands: [any CollabCommand.Type] = [
    InfoCommand.self,
    ConvertCommand.self,
    CentralityCommand.self,
    BrokerageCommand.self,
    TiesCommand.self,
    CollaborationCommand.self,
    CommunitiesCommand.self,
    CorePeripheryCommand.self,
    CohesionCommand.self,
    HomophilyCommand.self,
    EgoCommand.self,
    QAPCommand.self,
    GapsCommand.self,
    WhatIfCommand.self,
    RenderCommand.self,
    ReportCommand.self,
]
