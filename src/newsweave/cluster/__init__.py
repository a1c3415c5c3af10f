"""cluster: each article joins the story of its real-world event, in publication order."""

from newsweave.cluster.stream import Assignment, ClusterOptions, StreamClusterer, cluster_articles

__all__ = ["Assignment", "ClusterOptions", "StreamClusterer", "cluster_articles"]
