package tw.childprotection.flow.platform;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * What the cluster test's clients send through: item by item to the first node and the second in turn,
 * and — once the first is drained and gone — to the second only, as a load balancer stops sending to a
 * node whose health check fails.
 */
final class LoadBalancer {

  /** One request to a node. */
  @FunctionalInterface
  interface Call<T> {
    T to(ClusterNode node) throws Exception;
  }

  private final ClusterNode first;
  private final ClusterNode second;
  /** Requests to the first node hold it shared; draining holds it alone, so none is in flight. */
  private final ReadWriteLock toFirst = new ReentrantReadWriteLock(true);
  private volatile boolean firstGone;

  LoadBalancer(ClusterNode first, ClusterNode second) {
    this.first = first;
    this.second = second;
  }

  ClusterNode first() {
    return first;
  }

  <T> T send(int item, Call<T> call) throws Exception {
    if (item % 2 == 1 || firstGone) {
      return call.to(second);
    }
    toFirst.readLock().lock();
    try {
      return call.to(firstGone ? second : first);
    } finally {
      toFirst.readLock().unlock();
    }
  }

  /** Waits for the first node's requests in flight and holds back new ones. */
  void drainFirst() {
    toFirst.writeLock().lock();
  }

  void undrainFirst() {
    toFirst.writeLock().unlock();
  }

  /** After the first node died while drained: everything to the second from now on. */
  void firstIsGone() {
    firstGone = true;
    toFirst.writeLock().unlock();
  }
}
