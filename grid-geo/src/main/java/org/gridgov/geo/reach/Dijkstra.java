package org.gridgov.geo.reach;

import java.util.Arrays;

/**
 * Multi-source shortest walks over a {@link RoadNetwork}: every node's distance to the nearest
 * seed and that seed's label, up to a limit (nodes farther stay at infinity). Ties between seeds
 * go to the lower label. Not thread-safe; one run per instance.
 */
final class Dijkstra {
    final double[] dist;
    final int[] label;
    private double[] heapKey = new double[64];
    private int[] heapNode = new int[64];
    private int[] heapLabel = new int[64];
    private int size;

    private Dijkstra(int nodes) {
        dist = new double[nodes];
        label = new int[nodes];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(label, -1);
    }

    /** Seeds: node {@code seedNode[i]} starts at {@code seedDist[i]} with label {@code seedLabel[i]}. */
    static Dijkstra run(RoadNetwork net, int[] seedNode, double[] seedDist, int[] seedLabel, int seeds, double limit) {
        Dijkstra d = new Dijkstra(net.nodes);
        for (int i = 0; i < seeds; i++) {
            d.offer(seedNode[i], seedDist[i], seedLabel[i], limit);
        }
        while (d.size > 0) {
            double key = d.heapKey[0];
            int node = d.heapNode[0];
            int lab = d.heapLabel[0];
            d.pop();
            if (key > d.dist[node] || (key == d.dist[node] && lab != d.label[node])) {
                continue;
            }
            for (int k = net.adjStart[node]; k < net.adjStart[node + 1]; k++) {
                int s = net.adjSeg[k];
                int other = net.from[s] == node ? net.to[s] : net.from[s];
                d.offer(other, key + net.length[s], lab, limit);
            }
        }
        return d;
    }

    private void offer(int node, double distance, int lab, double limit) {
        if (distance > limit) {
            return;
        }
        if (distance < dist[node] || (distance == dist[node] && lab < label[node])) {
            dist[node] = distance;
            label[node] = lab;
            push(distance, node, lab);
        }
    }

    private void push(double key, int node, int lab) {
        if (size == heapKey.length) {
            heapKey = Arrays.copyOf(heapKey, size * 2);
            heapNode = Arrays.copyOf(heapNode, size * 2);
            heapLabel = Arrays.copyOf(heapLabel, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapKey[parent] <= key) {
                break;
            }
            heapKey[i] = heapKey[parent];
            heapNode[i] = heapNode[parent];
            heapLabel[i] = heapLabel[parent];
            i = parent;
        }
        heapKey[i] = key;
        heapNode[i] = node;
        heapLabel[i] = lab;
    }

    private void pop() {
        size--;
        if (size == 0) {
            return;
        }
        double key = heapKey[size];
        int node = heapNode[size];
        int lab = heapLabel[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= key) {
                break;
            }
            heapKey[i] = heapKey[child];
            heapNode[i] = heapNode[child];
            heapLabel[i] = heapLabel[child];
            i = child;
        }
        heapKey[i] = key;
        heapNode[i] = node;
        heapLabel[i] = lab;
    }
}
