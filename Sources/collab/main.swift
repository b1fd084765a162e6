import CollabGraph
print("collab")
