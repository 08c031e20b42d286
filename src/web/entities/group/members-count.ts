/** "1 member", "3 members". */
export const membersCount = (n: number) => `${n} ${n === 1 ? 'member' : 'members'}`;
