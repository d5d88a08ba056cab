import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@shop/auth';

export class LoginResponseDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'Seconds until the access token expires.', example: 3600 })
  expiresIn!: number;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['admin'] })
  roles!: Role[];
}
