/** The Learn view's words (issue 16): tabs, the first screen, the lesson player, tasks. */
export const learnEn = {
  'learn.tab': 'Learn',
  'learn.welcome.title': 'Welcome to ZabScope',
  'learn.welcome.body':
    'ZabScope shows how Apache ZooKeeper keeps five servers in agreement, one simulated message at a time. New to it?',
  'learn.welcome.tour': 'Take the guided tour',
  'learn.welcome.explore': 'Explore freely',
  'learn.chapters': 'Chapters',
  'learn.scenarioName': 'Lesson, chapter {n}: {title}',
  'learn.chapter': 'Chapter {n}',
  'learn.chapterDone': 'Chapter {n} (finished)',
  'learn.stepOf': 'Step {n} of {total}',
  'learn.next': 'Next',
  'learn.back': 'Back',
  'learn.finish': 'Next chapter',
  'learn.steps': 'Lesson steps',
  'learn.narration': 'Narration',
  'learn.present': 'Present',
  'learn.exitPresent': 'Exit presentation',
  'learn.presentHint': 'PageDown or → for Next, PageUp or ← for Back, Esc to exit.',
  'learn.searching': 'Finding the moment…',
  'learn.never': 'This moment did not come in this run; the picture stays at the step before.',
  'learn.moved': 'The picture has moved away from this step.',
  'learn.toStep': 'Show this step again',
  'learn.offStory': 'You have changed the run. The story goes on when you return to it.',
  'learn.returnToStory': 'Back to the story',
  'learn.predict': 'Predict',
  'learn.answered': 'Your prediction: {answer}.',
  'learn.seeNext': 'Press Next to see what the simulation does.',
  'learn.server': 'Server {sid}',
  'learn.actual': 'The simulation answered {actual}.',
  'learn.right': 'Right: the simulation answered {actual}.',
  'learn.wrong': 'Not this time: you said {answer}, the simulation answered {actual}.',
  'learn.unknown': 'The simulation has not reached that moment.',
  'learn.yourTurn': 'Your turn',
  'learn.taskDone': 'Done!',
  'learn.task.todo': 'Not done yet: use the tools above the servers, then look here.',
  'learn.task.todoClient':
    'Not done yet: select a client below the ring, use its buttons in the inspector, then look here.',
  'learn.task.leaderDown': 'Server {sid}, the leader, is down. Watch the others notice.',
  'learn.task.leaderFrozenNotCrashed':
    'You froze server {sid}: frozen, it still holds its connections. Crash it instead (its power button).',
  'learn.task.followerCrashed':
    'Server {sid} is down, but it was a follower. The leader is server {leader}.',
  'learn.task.noSideHasQuorum':
    'No side has {quorum} running servers: no side can elect a leader, and no write can commit.',
  'learn.task.sideHasQuorum':
    'The side with servers {sids} still has at least {quorum} running servers: it can elect.',
  'learn.task.syncLimitNoticed':
    'Server {sid} heard nothing for syncLimit ticks and went LOOKING: the freeze is noticed.',
  'learn.task.leaderCrashedNotFrozen':
    'Server {sid} crashed: its connections closed at once. Restart it and freeze the leader instead.',
  'learn.task.frozenWaiting':
    'Server {sid} is frozen. Press Play (or Next change) and watch the followers\u2019 syncLimit timers.',
  'learn.task.loggedNotCommitted':
    'Server {sid} logged {zxid}, but no quorum can acknowledge it: it is not committed.',
  'learn.task.mayStillCommit':
    'Server {sid} logged a write that a quorum can still acknowledge: it may yet commit.',
  'learn.task.sessionExpired':
    'The leader expired session {session} of {client}: the closeSession txn deleted its ephemeral znodes, and the watchers heard.',
  'learn.task.sessionClosing':
    'The leader is closing the session of {client}: the closeSession txn is on its way to a quorum.',
  'learn.task.sessionWaiting':
    '{client} is silent, but its session lives: the leader expires it in about {seconds} s. Press Play or Step.',
  'learn.task.clientAwake':
    '{client} is running again before its timeout: its session lives on. Silence it longer.',
  'learn.task.twoBelievers':
    '{client} and {other} both believe they hold {path}: {client} is frozen and has not heard that its session expired.',
  'learn.task.holderNotFrozen':
    '{client} holds the lock now. Select the holder below the ring and press Freeze (GC pause).',
  'learn.task.memberLeft':
    '{client} is gone from the balancer\u2019s list: its session expired and its znode was deleted.',
  'learn.task.memberStillListed':
    '{client} is dead, but its session lives about {seconds} s more: its znode stays, and {balancer} sends it requests that are lost.',
  'learn.task.memberWatchPending':
    'The session of {client} expired and its znode is gone; {balancer} has not heard yet: its watch is on the way.',
  'learn.task.instanceNotCrashed':
    'You froze or cut off {client}. This task wants a crash: select the instance and press Kill the process.',
  'learn.linkProblem.lesson':
    'The link names lesson “{value}”, which does not exist: chapter 1 opens.',
  'learn.linkProblem.step': 'The link names step “{value}”, which this lesson does not have.',
  'learn.embedLabel': 'ZabScope lesson',
} as const;
